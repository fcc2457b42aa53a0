package org.gongjian.notification.domain;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

class InternalAddressesTest {

    private static final String[] INTERNAL = {"127.0.0.1", "127.255.0.9", "0.0.0.0", "0.1.2.3", "10.1.2.3", "172.16.0.1", "172.31.9.9",
            "192.168.0.1", "169.254.169.254", "100.64.0.1", "100.127.255.255", "192.0.0.8", "198.18.0.1", "224.0.0.1",
            "239.1.1.1", "240.0.0.1", "255.255.255.255", "::", "::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
            "::127.0.0.1", "64:ff9b::a00:1", "2002:c0a8:101::", "2001:0:4136:e378::1", "fe80::1", "febf::1", "fec0::1",
            "fc00::1", "fd00:ab::1", "ff02::1", "ff0e::1",
            "::ffff:0:127.0.0.1", "::ffff:0:a00:1", "64:ff9b:1::808:808", "100::1", "2001:db8::1"};

    private static final String[] PUBLIC = {"8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
            "192.169.0.1", "198.20.0.1", "223.255.255.255", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::",
            "2001:4860:4860::8888", "2400:3200::1", "240e::1", "::ffff:0:808:808", "64:ff9b:2::1"};

    @Test
    void internalAddressesAreRecognized() throws Exception {
        for (String literal : INTERNAL) {
            assertThat(InternalAddresses.isInternal(InetAddress.getByName(literal))).as(literal).isTrue();
        }
    }

    @Test
    void publicAddressesAreNot() throws Exception {
        for (String literal : PUBLIC) {
            assertThat(InternalAddresses.isInternal(InetAddress.getByName(literal))).as(literal).isFalse();
        }
    }
}
