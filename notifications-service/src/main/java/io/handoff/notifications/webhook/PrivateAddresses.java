package io.handoff.notifications.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Addresses a webhook must never reach: loopback, private (RFC 1918, unique local), link-local (cloud
 * metadata at 169.254.169.254), carrier-grade NAT, unspecified, multicast, reserved, and IPv6 forms that
 * embed such an IPv4 address.
 */
final class PrivateAddresses {

    private PrivateAddresses() {
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPrivateV4(b);
        }
        if (address instanceof Inet6Address) {
            return isPrivateV6(b);
        }
        return true;
    }

    private static boolean isPrivateV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0                                      // "this network"
                || first == 100 && second >= 64 && second < 128 // carrier-grade NAT 100.64.0.0/10
                || first == 192 && second == 0 && (b[2] & 0xff) == 0 // IETF protocol assignments
                || first == 198 && (second == 18 || second == 19)    // benchmarking
                || first >= 240;                               // reserved and broadcast
    }

    private static boolean isPrivateV6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {                          // unique local fc00::/7
            return true;
        }
        if (first == 0x20 && (b[1] & 0xff) == 0x02) {          // 6to4 2002::/16 embeds an IPv4 address
            return embeddedV4IsPrivate(Arrays.copyOfRange(b, 2, 6));
        }
        boolean nat64 = first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        boolean compatible = allZero(b, 0, 12);               // deprecated ::a.b.c.d
        boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        if (nat64 && allZero(b, 4, 12) || compatible || mapped) {
            return embeddedV4IsPrivate(Arrays.copyOfRange(b, 12, 16));
        }
        return false;
    }

    private static boolean embeddedV4IsPrivate(byte[] v4) {
        try {
            return isPrivate(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
            return true;
        }
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
