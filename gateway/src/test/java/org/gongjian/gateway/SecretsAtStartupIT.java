package org.gongjian.gateway;

import org.gongjian.testing.ProductionSecretContract;

/** The packaged gateway refuses to start without a secret of its own (run after `package`). */
class SecretsAtStartupIT extends ProductionSecretContract {

    @Override
    protected String setting() {
        return "gongjian.gateway.client-secret";
    }

    @Override
    protected String developmentValue() {
        return "DEV-ONLY-gongjian-gateway-secret";
    }
}
