package ai.iiagent.bootstrap.startup;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Step 4: creates every use case bean now, so a wiring mistake (a missing adapter, a producer that
 * throws) stops start-up instead of failing the first user request.
 */
@ApplicationScoped
public class WiringStep implements StartupStep {

    private static final String INBOUND_PORTS = "ai.iiagent.port.in.";

    @Override
    public String name() {
        return "wiring";
    }

    @Override
    public String run() {
        List<Class<?>> useCases = useCaseTypes();
        useCases.forEach(type -> Arc.container().instance(type).get().toString());
        return useCases.size() + " use cases resolved";
    }

    /** Every inbound port type some bean provides. */
    public static List<Class<?>> useCaseTypes() {
        return Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .filter(bean -> bean instanceof InjectableBean<?>)
                .flatMap(bean -> bean.getTypes().stream())
                .filter(WiringStep::isUseCase)
                .<Class<?>>map(type -> (Class<?>) type)
                .distinct()
                .toList();
    }

    private static boolean isUseCase(Type type) {
        return type instanceof Class<?> cls && cls.isInterface() && cls.getName().startsWith(INBOUND_PORTS)
                && cls.getSimpleName().endsWith("UseCase");
    }
}
