package org.gongjian.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs something after the current transaction commits, or now if there is none: the wake-up of a thread that reads
 * what the transaction writes (the outbox relay, the notice dispatcher), which would find nothing before the commit.
 * Nothing runs when the transaction rolls back.
 *
 * <pre>{@code
 * afterCommit.once(OutboxWriter.class, relay::wake);   // however many events the transaction appends: one wake-up
 * }</pre>
 */
@ApplicationScoped
public class AfterCommit {

    private final TransactionSynchronizationRegistry transactions;

    AfterCommit(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Runs {@code action} once per transaction and {@code key}, however often the transaction asks. */
    public void once(Object key, Runnable action) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            action.run();
            return;
        }
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
