package org.gongjian.resilience;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What arrived against what the notification service says it sent, per key: per address, the mailbox must hold
 * exactly as many messages as there are {@code SENT} e-mail deliveries to it; per event, a webhook receiver must have
 * acknowledged exactly as many requests as there are {@code SENT} webhook deliveries of it. More is a duplicate,
 * fewer a loss.
 */
public final class DeliveryAccounting {

    /** @param duplicates messages beyond the sent deliveries; @param lost sent deliveries with no message */
    public record Result(long sent, long received, long duplicates, long lost) {
    }

    private DeliveryAccounting() {
    }

    public static Result account(Map<String, Long> sentByAddress, Map<String, Long> receivedByAddress) {
        Set<String> addresses = new HashSet<>(sentByAddress.keySet());
        addresses.addAll(receivedByAddress.keySet());
        long sent = 0;
        long received = 0;
        long duplicates = 0;
        long lost = 0;
        for (String address : addresses) {
            long s = sentByAddress.getOrDefault(address, 0L);
            long r = receivedByAddress.getOrDefault(address, 0L);
            sent += s;
            received += r;
            duplicates += Math.max(0, r - s);
            lost += Math.max(0, s - r);
        }
        return new Result(sent, received, duplicates, lost);
    }

    /** Adds {@code more} to {@code counts} (mail kept from before a mail server restart, which forgets its mail). */
    public static Map<String, Long> plus(Map<String, Long> counts, Map<String, Long> more) {
        Map<String, Long> sum = new HashMap<>(counts);
        more.forEach((k, v) -> sum.merge(k, v, Long::sum));
        return sum;
    }
}
