package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.notification.config.NotificationConfig;
import org.gongjian.notification.domain.InternalAddresses;
import org.gongjian.rest.ProblemException;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a webhook may be sent: an http(s) URL without credentials whose host resolves only to public addresses,
 * unless the operator's {@code webhooks.allowed-targets} names the host or the range of its addresses. Checked at
 * registration and again before every send, since what a name resolves to can change.
 */
@ApplicationScoped
public class WebhookTargets {

    private static final Pattern NUMERIC_PART = Pattern.compile("0x[0-9a-f]*|[0-9]+");
    private static final Pattern CANONICAL_PART = Pattern.compile("0|[1-9][0-9]{0,2}");

    private final Set<String> allowedHosts = new HashSet<>();
    private final List<Range> allowedRanges = new ArrayList<>();

    WebhookTargets(NotificationConfig config) {
        for (String entry : config.webhooks().allowedTargets().orElse(List.of())) {
            String value = entry.strip().toLowerCase(Locale.ROOT);
            if (value.contains("/")) {
                allowedRanges.add(Range.parse(value));
            } else if (!value.isEmpty()) {
                allowedHosts.add(bare(value));
            }
        }
    }

    /** @throws ProblemException 400 naming {@code url} when the target is not allowed */
    public void requireAllowed(String url) {
        refusal(url).ifPresent(reason -> {
            throw ProblemException.invalid("url", reason);
        });
    }

    /** Why a request to {@code url} must not be sent, or empty when it may. */
    public Optional<String> refusal(String url) {
        return check(url).refusal();
    }

    /**
     * The outcome of a check: why the request must not be sent, or the address it must be sent to — the one
     * checked, so that a name resolving differently a moment later cannot lead the request elsewhere.
     */
    public record Checked(Optional<String> refusal, InetAddress address) {

        static Checked refused(String reason) {
            return new Checked(Optional.of(reason), null);
        }
    }

    /** Checks {@code url} and, when it may be sent to, says which of its host's addresses to connect to. */
    public Checked check(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Checked.refused("must be an http or https URL");
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            return Checked.refused("must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Checked.refused("must not carry a user name or password");
        }
        String host = bare(uri.getHost().toLowerCase(Locale.ROOT));
        boolean allowedByName = allowedHosts.contains(host);
        if (!allowedByName && unusualNumericSpelling(host)) {
            return Checked.refused("must name its host by a DNS name or a dotted IPv4 / IPv6 address");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Checked.refused("host cannot be resolved");
        }
        if (!allowedByName) {
            for (InetAddress address : addresses) {
                if (InternalAddresses.isInternal(address) && allowedRanges.stream().noneMatch(r -> r.contains(address))) {
                    return Checked.refused("must not point at a loopback, private, link-local or other internal address");
                }
            }
        }
        return new Checked(Optional.empty(), addresses[0]);
    }

    /** {@code 2130706433}, {@code 0x7f000001}, {@code 0177.0.0.1}, {@code 127.1}: IPv4 in spellings other than a.b.c.d. */
    private static boolean unusualNumericSpelling(String host) {
        if (host.contains(":")) {
            return false;
        }
        String[] parts = host.split("\\.", -1);
        for (String part : parts) {
            if (!NUMERIC_PART.matcher(part).matches()) {
                return false;
            }
        }
        if (parts.length != 4) {
            return true;
        }
        for (String part : parts) {
            if (!CANONICAL_PART.matcher(part).matches() || Integer.parseInt(part) > 255) {
                return true;
            }
        }
        return false;
    }

    private static String bare(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** A CIDR range such as {@code 10.20.0.0/16} or {@code fd00:1::/64}. */
    private record Range(byte[] network, int prefix) {

        static Range parse(String cidr) {
            int slash = cidr.indexOf('/');
            try {
                byte[] network = InetAddress.getByName(bare(cidr.substring(0, slash))).getAddress();
                int prefix = Integer.parseInt(cidr.substring(slash + 1));
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException();
                }
                return new Range(network, prefix);
            } catch (UnknownHostException | IllegalArgumentException e) {
                throw new IllegalArgumentException("gongjian.notification.webhooks.allowed-targets: not a CIDR range: " + cidr);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int bits = network.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
            return new BigInteger(1, bytes).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }
}
