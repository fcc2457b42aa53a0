package org.gongjian.notification.domain;

import java.net.InetAddress;

/**
 * Addresses a webhook must not reach: loopback, unspecified, private, shared (carrier-grade NAT), link-local,
 * unique-local, site-local, multicast, broadcast and reserved ranges — also when an IPv4 address hides inside an
 * IPv6 one (IPv4-mapped, IPv4-translated, IPv4-compatible, NAT64, 6to4, Teredo), and the local-use NAT64,
 * discard-only and documentation prefixes.
 */
public final class InternalAddresses {

    private InternalAddresses() {
    }

    public static boolean isInternal(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? internalV4(b, 0) : internalV6(b);
    }

    private static boolean internalV4(byte[] bytes, int at) {
        int a = bytes[at] & 0xff;
        int b = bytes[at + 1] & 0xff;
        int c = bytes[at + 2] & 0xff;
        return a == 0                                   // "this network", 0.0.0.0
                || a == 10                              // private
                || a == 127                             // loopback
                || (a == 100 && (b & 0xc0) == 64)       // shared address space 100.64/10
                || (a == 169 && b == 254)               // link-local (cloud metadata)
                || (a == 172 && (b & 0xf0) == 16)       // private 172.16/12
                || (a == 192 && b == 0 && c == 0)       // IETF protocol assignments
                || (a == 192 && b == 168)               // private
                || (a == 198 && (b & 0xfe) == 18)       // benchmarking 198.18/15
                || a >= 224;                            // multicast, reserved, broadcast
    }

    private static boolean internalV6(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (zeros(b, 0, 10)) {
            if ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return internalV4(b, 12);               // IPv4-mapped ::ffff:a.b.c.d
            }
            return true;                                // ::, ::1 and IPv4-compatible ::a.b.c.d
        }
        if (zeros(b, 0, 8) && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && b[10] == 0 && b[11] == 0) {
            return internalV4(b, 12);                   // IPv4-translated ::ffff:0:a.b.c.d
        }
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zeros(b, 4, 12)) {
            return internalV4(b, 12);                   // NAT64 64:ff9b::/96
        }
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && b[4] == 0 && b[5] == 1) {
            return true;                                // local-use NAT64 64:ff9b:1::/48
        }
        if (first == 0x01 && second == 0x00 && zeros(b, 2, 8)) {
            return true;                                // discard-only 100::/64
        }
        if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return true;                                // documentation 2001:db8::/32
        }
        if (first == 0x20 && second == 0x02) {
            return internalV4(b, 2);                    // 6to4 2002::/16
        }
        if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) {
            return true;                                // Teredo 2001::/32
        }
        return first == 0xff                            // multicast
                || (first & 0xfe) == 0xfc               // unique-local fc00::/7
                || (first == 0xfe && (second & 0x80) == 0x80); // link-local fe80::/10, site-local fec0::/10
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
