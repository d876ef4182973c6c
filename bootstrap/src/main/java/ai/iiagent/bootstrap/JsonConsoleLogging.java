package ai.iiagent.bootstrap;

import ai.iiagent.bootstrap.config.AppConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.formatters.JsonFormatter;
import org.jboss.logmanager.formatters.StructuredFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * LOG_JSON=true: one JSON object per console line (MDC, so {@code request_id}, included), for log
 * shippers. Quarkus' own JSON extension is not resolvable on our package mirror, so the log
 * manager's formatter is installed on the console handler before the start-up sequence logs.
 */
@ApplicationScoped
public class JsonConsoleLogging {

    void switchOn(@Observes @Priority(1) StartupEvent event, AppConfig config) {
        if (config.logJson()) {
            JsonFormatter formatter = new JsonFormatter();
            formatter.setExceptionOutputType(StructuredFormatter.ExceptionOutputType.FORMATTED);
            install(Logger.getLogger("").getHandlers(), formatter);
        }
    }

    private static void install(Handler[] handlers, JsonFormatter formatter) {
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler console) {
                console.setFormatter(formatter);
            }
            if (handler instanceof ExtHandler parent) {
                install(parent.getHandlers(), formatter);
            }
        }
    }
}
