package org.gongjian.notification;

import org.gongjian.testing.ProductionSecretContract;

/** The packaged notification-service refuses to start without a secret of its own (run after `package`). */
class SecretsAtStartupIT extends ProductionSecretContract {

    @Override
    protected String setting() {
        return "gongjian.notification.receipts.link-secret";
    }

    @Override
    protected String developmentValue() {
        return "dev-only-receipt-link-secret-not-for-any-deployment";
    }
}
