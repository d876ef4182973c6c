package ai.iiagent.e2e.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stripe's API on WireMock, answering with the JSON Stripe sends (checkout session and billing
 * portal session objects), plus the webhook secret tests sign events with.
 */
public class StripeStandIn implements QuarkusTestResourceLifecycleManager {

    static final String SECRET_KEY = "sk_test_standin_51Hx";
    static final String WEBHOOK_SECRET = "whsec_test_standin_secret";
    static final String PRICE_PLUS_MONTHLY = "price_1PlusMonthlyTest";
    static final String PRICE_PRO_ANNUALLY = "price_1ProAnnuallyTest";
    static final String SUBSCRIPTION_SESSION = "cs_test_a1Subscription";
    static final String PAYMENT_SESSION = "cs_test_b2Payment";

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlEqualTo("/v1/checkout/sessions")).withRequestBody(containing("mode=subscription"))
                .willReturn(json(checkoutSession(SUBSCRIPTION_SESSION, "subscription"))));
        server.stubFor(post(urlEqualTo("/v1/checkout/sessions")).withRequestBody(containing("mode=payment"))
                .willReturn(json(checkoutSession(PAYMENT_SESSION, "payment"))));
        server.stubFor(post(urlEqualTo("/v1/billing_portal/sessions")).willReturn(json("""
                {"id":"bps_1SxTest","object":"billing_portal.session","configuration":"bpc_1SxTest","created":1764590000,
                 "customer":"cus_TestPortal","flow":null,"livemode":false,"locale":null,"on_behalf_of":null,
                 "return_url":"http://localhost/","url":"https://billing.stripe.com/p/session/test_YWNjdF8x"}""")));
        Map<String, String> config = new LinkedHashMap<>();
        config.put("stripe.secret-key", SECRET_KEY);
        config.put("stripe.webhook-secret", WEBHOOK_SECRET);
        config.put("stripe.api-base", server.baseUrl());
        config.put("stripe.max-network-retries", "0");
        config.put("stripe.allowed-return-origins", "https://ui.example");
        config.put("stripe.price-plus-monthly", PRICE_PLUS_MONTHLY);
        config.put("stripe.price-pro-annually", PRICE_PRO_ANNUALLY);
        config.put("stripe.success-url", "https://app.example/billing/done");
        config.put("stripe.cancel-url", "https://app.example/billing/cancelled");
        // Above the signup grant, so the free-plan refresh has something to top up.
        config.put("billing.plan-credits-free", "500");
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The form parameters of the latest request to {@code path} (Stripe's API takes form-encoded bodies). */
    static Map<String, String> lastForm(String path) {
        List<LoggedRequest> requests = server.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlEqualTo(path)));
        return form(requests.getLast().getBodyAsString());
    }

    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    private static String checkoutSession(String id, String mode) {
        return """
                {"id":"%1$s","object":"checkout.session","after_expiration":null,"allow_promotion_codes":null,
                 "amount_subtotal":900,"amount_total":900,"billing_address_collection":null,
                 "cancel_url":"https://app.example/billing/cancelled","client_reference_id":null,"created":1764590000,
                 "currency":"usd","customer":null,"customer_creation":"always","customer_email":null,
                 "expires_at":1764676400,"livemode":false,"locale":null,"metadata":{},"mode":"%2$s",
                 "payment_intent":null,"payment_method_types":["card"],"payment_status":"unpaid","status":"open",
                 "submit_type":null,"subscription":null,"success_url":"https://app.example/billing/done",
                 "ui_mode":"hosted","url":"https://checkout.stripe.com/c/pay/%1$s#fidkdWxOYHwnPyd1blpxYHZxWjA0"}"""
                .formatted(id, mode);
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_standin").withBody(body);
    }
}
