// The entry holds no React or Ant Design: it asks for the opened page's data and code first, then loads the app,
// so that those answers arrive while the app's scripts (~1.5 MB) are evaluated, not after them.
import { askForOpenedPage } from './app/pageData';
import './app/pages';

askForOpenedPage();
void import('./app/boot');
