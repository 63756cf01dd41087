package nl.regioregister.query.abonnement;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps webhook deliveries from reaching into the register's own network (SSRF): a callback URL must be https, carry
 * no credentials, and every address its host resolves to must be public: not loopback, private, link-local,
 * unique-local, carrier-grade NAT, multicast or unspecified. Checked on registration and again before every delivery,
 * so that a host that later resolves elsewhere is refused too. Redirects are never followed.
 * <p>
 * A host written as an IPv4 address must be written canonically (four decimal parts without leading zeros): other
 * programs read {@code 0177.0.0.1}, {@code 0x7f.1}, {@code 2130706433} or {@code 127.1} as 127.0.0.1 (WHATWG URL
 * standard, "IPv4 parser"), while Java reads some of them as another address or a name, so the check and a proxy
 * would disagree about where the request goes. Such hosts are refused, also on the allowlist.
 * <p>
 * The host is resolved once per check; the delivery connects to exactly the addresses that were checked
 * ({@link Bestemming}), so that a name that resolves elsewhere a moment later (DNS rebinding) cannot reach a
 * private address.
 * <p>
 * Origins on the configured allowlist are exempt from the https and address rules; it is empty unless configured,
 * and the tests use it for their subscriber on plain http on loopback.
 */
class Callbackcontrole {

    /** The callback URL is not acceptable; the reason is for the integrator. */
    static class Geweigerd extends RuntimeException {
        Geweigerd(String reden) {
            super(reden);
        }
    }

    /** Where a delivery may go: the URL as given (its host for Host and SNI) and the addresses that were checked. */
    record Bestemming(URI uri, List<InetAddress> adressen) {
        Bestemming {
            adressen = List.copyOf(adressen);
        }
    }

    /** The WHATWG "ends in a number" test: a last label of decimal digits or {@code 0x} hex makes the host IPv4. */
    private static final Pattern NUMERIEK_LAATSTE_LABEL = Pattern.compile("(?i)(?:[0-9]+|0x[0-9a-f]*)");
    private static final Pattern CANONIEK_IPV4 = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");

    interface Resolver {
        InetAddress[] adressen(String host) throws UnknownHostException;
    }

    private final List<String> toegestaan;
    private final Resolver resolver;

    Callbackcontrole(List<String> toegestaneAdressen) {
        this(toegestaneAdressen, InetAddress::getAllByName);
    }

    Callbackcontrole(List<String> toegestaneAdressen, Resolver resolver) {
        this.toegestaan = toegestaneAdressen.stream().map(a -> a.toLowerCase(Locale.ROOT).replaceAll("/+$", ""))
                .toList();
        this.resolver = resolver;
    }

    URI controleer(String url) {
        return bestemming(url).uri();
    }

    /** Checks the URL and resolves its host once; the delivery connects only to the addresses returned. */
    Bestemming bestemming(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new Geweigerd("geen geldige URL");
        }
        weigerNietCanoniekIpv4(uri);
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new Geweigerd("geen absolute URL met een host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Geweigerd("een callback-URL bevat geen inloggegevens");
        }
        if (uri.getRawFragment() != null) {
            throw new Geweigerd("een callback-URL heeft geen fragment");
        }
        boolean vrijgesteld = toegestaan(uri);
        if (!vrijgesteld && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new Geweigerd("alleen https is toegestaan");
        }
        InetAddress[] adressen;
        try {
            adressen = resolver.adressen(uri.getHost());
        } catch (UnknownHostException e) {
            throw new Geweigerd("de host " + uri.getHost() + " is onbekend");
        }
        if (adressen == null || adressen.length == 0) {
            throw new Geweigerd("de host " + uri.getHost() + " is onbekend");
        }
        if (!vrijgesteld) {
            for (InetAddress adres : adressen) {
                if (!openbaar(adres)) {
                    throw new Geweigerd("de host " + uri.getHost() + " wijst naar een niet-openbaar adres ("
                            + adres.getHostAddress() + ")");
                }
            }
        }
        return new Bestemming(uri, Arrays.asList(adressen));
    }

    private static void weigerNietCanoniekIpv4(URI uri) {
        String host = uri.getHost() != null ? uri.getHost() : hostUitAutoriteit(uri.getRawAuthority());
        if (host == null || host.startsWith("[")) {
            return;
        }
        String zonderPunt = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String laatste = zonderPunt.substring(zonderPunt.lastIndexOf('.') + 1);
        boolean ipv4 = NUMERIEK_LAATSTE_LABEL.matcher(laatste).matches();
        if (ipv4 && (!CANONIEK_IPV4.matcher(host).matches())) {
            throw new Geweigerd("de host " + host + " is een IPv4-adres in een niet-canonieke schrijfwijze; "
                    + "schrijf het als vier decimale getallen zonder voorloopnullen");
        }
    }

    private static String hostUitAutoriteit(String autoriteit) {
        if (autoriteit == null) {
            return null;
        }
        String host = autoriteit.substring(autoriteit.lastIndexOf('@') + 1);
        if (host.startsWith("[")) {
            return host;
        }
        int dubbelePunt = host.lastIndexOf(':');
        return dubbelePunt < 0 ? host : host.substring(0, dubbelePunt);
    }

    private boolean toegestaan(URI uri) {
        String schemaEnHost = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT);
        String metPoort = uri.getPort() < 0 ? schemaEnHost : schemaEnHost + ":" + uri.getPort();
        return toegestaan.contains(schemaEnHost) || toegestaan.contains(metPoort);
    }

    static boolean openbaar(InetAddress adres) {
        if (adres.isAnyLocalAddress() || adres.isLoopbackAddress() || adres.isLinkLocalAddress()
                || adres.isSiteLocalAddress() || adres.isMulticastAddress()) {
            return false;
        }
        byte[] b = adres.getAddress();
        if (adres instanceof Inet4Address) {
            int eerste = b[0] & 0xff;
            int tweede = b[1] & 0xff;
            return eerste != 0                                   // 0.0.0.0/8 "this network"
                    && !(eerste == 100 && (tweede & 0xc0) == 64) // 100.64.0.0/10 carrier-grade NAT
                    && !(eerste == 192 && tweede == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                    && !(eerste == 198 && (tweede & 0xfe) == 18) // 198.18.0.0/15 benchmarking
                    && eerste < 240;                             // 240.0.0.0/4 reserved, broadcast
        }
        if (adres instanceof Inet6Address) {
            int eerste = b[0] & 0xff;
            boolean uniekLokaal = (eerste & 0xfe) == 0xfc;      // fc00::/7
            boolean ipv4Vertaald = eerste == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0 && b[4] == 0 && b[5] == 0
                    && b[6] == 0 && b[7] == 0 && b[8] == 0 && b[9] == 0 && b[10] == 0 && b[11] == 0; // ::a.b.c.d
            boolean nat64 = eerste == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                    && (b[3] & 0xff) == 0x9b;                   // 64:ff9b::/96
            return !uniekLokaal && !ipv4Vertaald && !nat64;
        }
        return false;
    }
}
