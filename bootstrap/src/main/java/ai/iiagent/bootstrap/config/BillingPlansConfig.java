package ai.iiagent.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Plan allowances and the free-plan refresh ({@code billing.*}, e.g. {@code BILLING_PLAN_CREDITS_PRO}). */
@ConfigMapping(prefix = "billing")
public interface BillingPlansConfig {

    /** Credits per month on the free plan; the monthly refresh tops the regular pool up to this. */
    @WithDefault("300")
    BigDecimal planCreditsFree();

    /** Credits per paid month of plus (an annual invoice grants twelve months' worth). */
    @WithDefault("2000")
    BigDecimal planCreditsPlus();

    @WithDefault("10000")
    BigDecimal planCreditsPro();

    /** Quartz cron (UTC) of the free-plan refresh; {@code off} disables it. Runs are idempotent per month. */
    @WithDefault("0 10 0 * * ?")
    String freeRefreshCron();
}
