package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.http.shared.Cidr;
import ai.iiagent.adapter.http.shared.ClientAddresses;
import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.bootstrap.config.HttpConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/** What the HTTP adapter needs from configuration: which peers may name the client address. */
@ApplicationScoped
public class HttpWiring {

    // @Singleton: a final class, not proxyable; it holds only configuration.
    @Produces
    @Singleton
    ClientAddresses clientAddresses(AppConfig config) {
        HttpConfig http = config.http();
        List<Cidr> proxies = http.trustedProxies().orElse(List.of()).stream()
                .filter(value -> !value.isBlank()).map(Cidr::parse).toList();
        ClientAddresses.Header header = switch (http.clientAddressHeader().strip().toLowerCase(Locale.ROOT)) {
            case "x-forwarded-for" -> ClientAddresses.Header.X_FORWARDED_FOR;
            case "forwarded" -> ClientAddresses.Header.FORWARDED;
            default -> throw new IllegalArgumentException("app.http.client-address-header must be x-forwarded-for "
                    + "or forwarded, not " + http.clientAddressHeader());
        };
        return new ClientAddresses(proxies, header);
    }
}
