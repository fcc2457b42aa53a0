package org.gongjian.resilience;

import java.util.ArrayList;
import java.util.List;

/** What the checks conclude from a quiet platform's ledger and the requests of one fault. */
public final class Verdict {

    private Verdict() {
    }

    /**
     * The problems found: empty when nothing was lost, doubled or leaked.
     *
     * @param cutOff requests that may go unanswered: those in flight on a gateway instance when it was killed (at most
     *               one per workload thread), which no server is left to answer; none for any other fault
     */
    public static List<String> problems(PlatformLedger.Snapshot s, RequestTally tally, long dlqBefore, boolean quiet,
                                        long cutOff) {
        List<String> problems = new ArrayList<>();
        if (!quiet) {
            problems.add("never quiet");
        }
        if (s.events().undrained() > 0) {
            problems.add(s.events().undrained() + " outbox rows not published");
        }
        if (s.events().lost() > 0) {
            problems.add(s.events().lost() + " events not applied by every consumer");
        }
        if (s.staleProjections() > 0) {
            problems.add(s.staleProjections() + " projection rows behind their owner's version");
        }
        if (s.duplicateNotices() > 0) {
            problems.add(s.duplicateNotices() + " notices doubled");
        }
        if (s.pendingDeliveries() > 0) {
            problems.add(s.pendingDeliveries() + " deliveries (e-mail, webhook) still pending");
        }
        if (s.deadDeliveries() > 0) {
            problems.add(s.deadDeliveries() + " deliveries (e-mail, webhook) given up");
        }
        if (s.mail().duplicates() > 0) {
            problems.add(s.mail().duplicates() + " e-mails delivered twice");
        }
        if (s.mail().lost() > 0) {
            problems.add(s.mail().lost() + " e-mails sent but not in the mailbox");
        }
        if (s.webhooks().duplicates() > 0) {
            problems.add(s.webhooks().duplicates() + " webhook requests acknowledged twice for one event");
        }
        if (s.webhooks().lost() > 0) {
            problems.add(s.webhooks().lost() + " webhook deliveries marked sent but never acknowledged by the receiver");
        }
        if (s.dlqRecords() > dlqBefore) {
            problems.add((s.dlqRecords() - dlqBefore) + " records dead-lettered");
        }
        long unauthenticated = tally.errorsByStatus().getOrDefault(401, 0L);
        if (unauthenticated > 0) {
            problems.add(unauthenticated + " requests with a valid token refused as unauthenticated");
        }
        long unanswered = tally.errorsByStatus().getOrDefault(RequestTally.NO_ANSWER, 0L);
        long undocumented = tally.undocumentedFailures() - Math.min(unanswered, cutOff);
        if (undocumented > 0) {
            problems.add(undocumented + " answers neither a success, a 4xx nor the documented 503");
        }
        return problems;
    }
}
