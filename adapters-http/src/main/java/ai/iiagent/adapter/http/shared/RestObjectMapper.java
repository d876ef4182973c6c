package ai.iiagent.adapter.http.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The object mapper of the REST endpoints: the application's, plus a NUL check on every request body it
 * parses (every JSON endpoint, every field, key and nesting level, whatever the target type). Kept
 * apart from the shared mapper so provider responses and stored JSON are read unchanged.
 */
@Provider
@Singleton
@ConstrainedTo(RuntimeType.SERVER)
public class RestObjectMapper implements ContextResolver<ObjectMapper> {

    private final ObjectMapper rest;

    public RestObjectMapper(ObjectMapper application) {
        this.rest = application.copy();
        this.rest.getFactory().setInputDecorator(new NulRefusingInput());
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return rest;
    }
}
