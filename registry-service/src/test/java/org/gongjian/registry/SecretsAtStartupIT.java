package org.gongjian.registry;

import org.gongjian.testing.ProductionSecretContract;

/** The packaged registry-service refuses to start without the accounts client's secret of its own (run after `package`). */
class SecretsAtStartupIT extends ProductionSecretContract {

    @Override
    protected String setting() {
        return "gongjian.registry.accounts.client-secret";
    }

    @Override
    protected String developmentValue() {
        return "dev-only-accounts-client-secret-not-for-any-deployment";
    }
}
