package org.gongjian.activity;

import org.gongjian.testing.ProductionSecretContract;

/** The packaged activity-service refuses to start without a secret of its own (run after `package`). */
class SecretsAtStartupIT extends ProductionSecretContract {

    @Override
    protected String setting() {
        return "gongjian.activity.calendar.feed-secret";
    }

    @Override
    protected String developmentValue() {
        return "dev-only-calendar-feed-secret-not-for-any-deployment";
    }
}
