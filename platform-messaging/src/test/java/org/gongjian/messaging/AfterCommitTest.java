package org.gongjian.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class AfterCommitTest {

    @Inject
    AfterCommit afterCommit;

    @Test
    void runsOnceAfterTheTransactionCommitsHoweverOftenItIsAsked() {
        AtomicInteger runs = new AtomicInteger();

        QuarkusTransaction.requiringNew().run(() -> {
            afterCommit.once("wake", runs::incrementAndGet);
            afterCommit.once("wake", runs::incrementAndGet);
            assertThat(runs).hasValue(0);
        });

        assertThat(runs).hasValue(1);
    }

    @Test
    void eachKeyRunsItsOwnAction() {
        AtomicInteger relay = new AtomicInteger();
        AtomicInteger dispatcher = new AtomicInteger();

        QuarkusTransaction.requiringNew().run(() -> {
            afterCommit.once("relay", relay::incrementAndGet);
            afterCommit.once("dispatcher", dispatcher::incrementAndGet);
        });

        assertThat(relay).hasValue(1);
        assertThat(dispatcher).hasValue(1);
    }

    @Test
    void runsNothingWhenTheTransactionRollsBack() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            afterCommit.once("wake", runs::incrementAndGet);
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(runs).hasValue(0);
    }

    @Test
    void runsAtOnceOutsideATransaction() {
        AtomicInteger runs = new AtomicInteger();

        afterCommit.once("wake", runs::incrementAndGet);

        assertThat(runs).hasValue(1);
    }
}
