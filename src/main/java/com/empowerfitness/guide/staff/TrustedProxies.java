package com.empowerfitness.guide.staff;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whose {@code X-Forwarded-For} / {@code X-Forwarded-Proto} Tomcat believes. The booking rate limit and the
 * sign-in throttle key on the client address, so a forwarded address is taken only from the reverse proxy's own
 * addresses, named by the operator in {@code guide.proxy.trusted-addresses} (addresses or CIDR ranges, comma
 * separated); by default from none (application.properties empties Tomcat's internal-proxies pattern, which
 * would trust every private and loopback address). Runs after Spring Boot has added its RemoteIpValve.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    static final String PROPERTY = "guide.proxy.trusted-addresses";

    private static final Logger log = LoggerFactory.getLogger(TrustedProxies.class);

    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<String> addresses;

    TrustedProxies(Environment environment) {
        this.addresses = Binder.get(environment)
                .bind(PROPERTY, Bindable.listOf(String.class))
                .orElse(List.of());
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        String ranges = cidrRanges(this.addresses);
        if (ranges.isEmpty()) {
            return; // server.tomcat.remoteip.internal-proxies decides: empty (none) unless the operator set it
        }
        for (Valve valve : factory.getEngineValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                remoteIp.setInternalProxies(ranges);
                remoteIp.setTrustedProxies(null);
                log.info(
                        "Forwarded headers are trusted from {} address range(s) of the reverse proxy",
                        ranges.split(",").length);
                return;
            }
        }
        log.warn(
                "{} is set but server.forward-headers-strategy is not native: forwarded headers are ignored", PROPERTY);
    }

    /** "10.0.0.5, 2001:db8::1, 10.1.0.0/16" as Tomcat's CIDR list: "10.0.0.5/32,2001:db8::1/128,10.1.0.0/16". */
    static String cidrRanges(List<String> addresses) {
        List<String> ranges = new ArrayList<>();
        for (String entry : addresses) {
            String value = entry.strip();
            if (value.isEmpty()) {
                continue;
            }
            String address = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
            boolean v4 = IPV4.matcher(address).matches();
            if (!v4 && !IPV6.matcher(address).matches()) {
                throw new IllegalArgumentException(
                        PROPERTY + ": '" + value + "' is not an IP address or range such as 10.0.0.5 or 10.0.0.0/24");
            }
            try {
                InetAddress.getByName(address); // a literal only (checked above): no name lookup
            } catch (UnknownHostException ex) {
                throw new IllegalArgumentException(PROPERTY + ": '" + value + "' is not an IP address", ex);
            }
            ranges.add(value.contains("/") ? value : value + (v4 ? "/32" : "/128"));
        }
        return String.join(",", ranges);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
