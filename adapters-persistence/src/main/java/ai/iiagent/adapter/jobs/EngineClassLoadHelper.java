package ai.iiagent.adapter.jobs;

import java.io.InputStream;
import java.net.URL;
import org.quartz.spi.ClassLoadHelper;

/**
 * Loads the classes Quartz names in its store (the engine's two job classes) with the class loader of the engine
 * itself. Quartz's default helper tries its own and the system class loader first; under Quarkus (tests, dev mode)
 * those can hold another copy of the application's classes, whose {@code Job} is not the one Quartz runs.
 */
public final class EngineClassLoadHelper implements ClassLoadHelper {

    private final ClassLoader loader = EngineClassLoadHelper.class.getClassLoader();

    @Override
    public void initialize() {
        // nothing to set up
    }

    @Override
    public Class<?> loadClass(String name) throws ClassNotFoundException {
        if (DispatchingJob.class.getName().equals(name)) {
            return DispatchingJob.class;
        }
        if (SweepJob.class.getName().equals(name)) {
            return SweepJob.class;
        }
        return Class.forName(name, false, loader);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Class<? extends T> loadClass(String name, Class<T> clazz) throws ClassNotFoundException {
        return (Class<? extends T>) loadClass(name);
    }

    @Override
    public URL getResource(String name) {
        return loader.getResource(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        return loader.getResourceAsStream(name);
    }

    @Override
    public ClassLoader getClassLoader() {
        return loader;
    }
}
