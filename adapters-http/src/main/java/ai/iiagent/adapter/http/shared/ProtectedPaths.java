package ai.iiagent.adapter.http.shared;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which request paths belong to a resource class that needs a signed-in caller for every method (class
 * level {@code @Authenticated}/{@code @RolesAllowed}, no {@code @PermitAll} method), read from the
 * resources' own annotations. Lets a failure found before a method is chosen (415, 405, 406) answer 401
 * to an anonymous caller, who should learn nothing about the endpoint but that it needs credentials.
 */
@ApplicationScoped
public class ProtectedPaths {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    private record Resource(Pattern path, int literalLength, boolean isProtected) {
    }

    private final List<Resource> resources = new ArrayList<>();

    ProtectedPaths(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path path = bean.getBeanClass().getAnnotation(Path.class);
            if (path != null) {
                resources.add(new Resource(prefix(path.value()),
                        PARAMETER.matcher(path.value()).replaceAll("").length(), protectsEveryMethod(bean.getBeanClass())));
            }
        }
    }

    /** True when the resource class the path falls under (the most literal match, as JAX-RS picks) is protected. */
    public boolean requiresAuthentication(String path) {
        return resources.stream().filter(resource -> resource.path().matcher(path).matches())
                .max(Comparator.comparingInt(Resource::literalLength))
                .map(Resource::isProtected).orElse(false);
    }

    private static boolean protectsEveryMethod(Class<?> resource) {
        boolean classLevel = resource.isAnnotationPresent(Authenticated.class)
                || resource.isAnnotationPresent(RolesAllowed.class);
        return classLevel && Arrays.stream(resource.getDeclaredMethods())
                .noneMatch((Method method) -> method.isAnnotationPresent(PermitAll.class));
    }

    /** The class path template as a regex matching it and everything below it. */
    static Pattern prefix(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            regex.append(parameter.group(1) == null ? "[^/]+" : "(?:" + parameter.group(1).trim() + ")");
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        String base = regex.toString();
        return Pattern.compile((template.startsWith("/") ? "" : "/") + base + "(?:/.*)?");
    }
}
