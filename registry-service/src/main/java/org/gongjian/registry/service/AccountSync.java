package org.gongjian.registry.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.registry.domain.Account;
import org.gongjian.registry.domain.Person;
import org.gongjian.registry.domain.AccountState;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Brings the register and Keycloak together: an invited account whose person has set a password and confirmed the
 * address becomes active; a disabled account is disabled in Keycloak too. Safe with several instances (each step is
 * idempotent); while Keycloak is unreachable it tries again next time.
 */
@ApplicationScoped
public class AccountSync {

    private static final Logger LOG = Logger.getLogger(AccountSync.class);

    private final KeycloakUsers keycloak;

    AccountSync(KeycloakUsers keycloak) {
        this.keycloak = keycloak;
    }

    @Scheduled(every = "${gongjian.registry.accounts.sync-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @WithSpan
    public void run() {
        try {
            pushDisabled();
            pushProfiles();
            pullActivated();
        } catch (KeycloakUnavailableException e) {
            LOG.debugf("Accounts not synchronized with Keycloak this time: %s", e.getMessage());
        }
    }

    void pushDisabled() {
        List<Account> pending = QuarkusTransaction.requiringNew().call(() -> Account.<Account>list("disablePending", true));
        for (Account account : pending) {
            keycloak.disable(account.userId);
            QuarkusTransaction.requiringNew().run(() -> {
                Account current = Account.findById(account.id);
                current.disablePending = false;
            });
            LOG.infof("Disabled Keycloak user %s (%s of organization %s)", account.userId, account.person, account.organizationId);
        }
    }

    /**
     * Gives Keycloak the addresses and names the register changed while it was unreachable. An address another user
     * took meanwhile stays Keycloak's previous one (logged); the register's answer to that change was given already.
     */
    void pushProfiles() {
        List<Account> pending = QuarkusTransaction.requiringNew().call(() -> Account.<Account>list("profilePending", true));
        for (Account account : pending) {
            Person person = account.person();
            if (!keycloak.updateProfile(account.userId, person.email(), person.givenName(), person.familyName())) {
                LOG.warnf("Keycloak user %s keeps its address: another user has %s", account.userId, person.email());
            }
            QuarkusTransaction.requiringNew().run(() -> {
                Account current = Account.findById(account.id);
                current.profilePending = false;
            });
        }
    }

    void pullActivated() {
        List<Account> invited = QuarkusTransaction.requiringNew()
                .call(() -> Account.<Account>list("state", AccountState.INVITED));
        for (Account account : invited) {
            boolean completed = keycloak.find(account.userId).map(KeycloakUsers.User::completedInvitation).orElse(false);
            if (completed) {
                UUID id = account.id;
                QuarkusTransaction.requiringNew().run(() -> {
                    Account current = Account.findById(id);
                    if (current.state == AccountState.INVITED) {
                        current.activate();
                    }
                });
            }
        }
    }
}
