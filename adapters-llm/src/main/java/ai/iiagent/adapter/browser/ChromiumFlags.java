package ai.iiagent.adapter.browser;

import java.util.List;

/**
 * Chromium's command line for the agent's browser: headless without GPU, no background traffic of its
 * own, no QUIC (UDP would not go through the proxy), WebRTC only through the proxy (no UDP), no DNS
 * prefetching (names are resolved by the proxy alone), and the V8 heap and renderer count capped.
 * The proxy itself ({@code --proxy-server}, {@code --proxy-bypass-list=<-loopback>}) is set by the launcher.
 */
final class ChromiumFlags {

    static List<String> of(BrowserLimits limits) {
        return List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-quic", "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
                "--webrtc-ip-handling-policy=disable_non_proxied_udp", "--dns-prefetch-disable",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-domain-reliability", "--disable-features=DnsOverHttps,NetworkPrediction",
                "--js-flags=--max-old-space-size=" + limits.jsHeapMegabytes(),
                "--renderer-process-limit=" + limits.rendererProcessLimit());
    }

    private ChromiumFlags() {
    }
}
