package org.gongjian.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds a service's use cases by reflection over its compiled classes, without starting it: the beans of
 * {@code <service>.service} that its outer layers call — given to a class of {@code <service>.rest} or
 * {@code <service>.messaging} (a field or a constructor parameter), or running on a schedule ({@code @Scheduled}) — and
 * of those, the public methods that carry no span ({@code @WithSpan}). A method answering a {@code StreamingOutput}
 * does its work after it returns, as the answer is written inside the request's own span, and needs none.
 */
public final class UseCaseSpans {

    private static final Set<String> SCOPES = Set.of("jakarta.enterprise.context.ApplicationScoped",
            "jakarta.enterprise.context.RequestScoped", "jakarta.enterprise.context.Dependent", "jakarta.inject.Singleton");
    private static final String WITH_SPAN = "io.opentelemetry.instrumentation.annotations.WithSpan";
    private static final String SCHEDULED = "io.quarkus.scheduler.Scheduled";
    private static final String STREAMING_OUTPUT = "jakarta.ws.rs.core.StreamingOutput";

    private final List<Class<?>> useCaseClasses;

    private UseCaseSpans(List<Class<?>> useCaseClasses) {
        this.useCaseClasses = useCaseClasses;
    }

    /**
     * The use cases of the service whose root package is {@code root} (e.g. {@code org.gongjian.pairing}), from the
     * class path entries {@code entries} accepts (a test leaves out its own, so that a test class is never taken for
     * the service's).
     */
    public static UseCaseSpans of(String root, Predicate<URL> entries) {
        List<Class<?>> callers = new ArrayList<>(classesOf(root + ".rest", entries));
        callers.addAll(classesOf(root + ".messaging", entries));
        Set<Class<?>> given = new HashSet<>();
        for (Class<?> caller : callers) {
            for (Field field : caller.getDeclaredFields()) {
                given.add(field.getType());
            }
            for (Constructor<?> constructor : caller.getDeclaredConstructors()) {
                given.addAll(Arrays.asList(constructor.getParameterTypes()));
            }
        }
        List<Class<?>> useCases = classesOf(root + ".service", entries).stream()
                .filter(type -> has(type.getAnnotations(), SCOPES))
                .filter(type -> given.contains(type)
                        || Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> has(m.getAnnotations(), Set.of(SCHEDULED))))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
        return new UseCaseSpans(useCases);
    }

    /** The classes whose public methods are use cases. */
    public List<Class<?>> useCaseClasses() {
        return useCaseClasses;
    }

    /** {@code Class.method} of every use-case method without a span, sorted. */
    public List<String> withoutSpan() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : useCaseClasses) {
            for (Method method : type.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic()
                        && !method.isBridge() && !method.getReturnType().getName().equals(STREAMING_OUTPUT)
                        && !has(method.getAnnotations(), Set.of(WITH_SPAN))) {
                    missing.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        Collections.sort(missing);
        return missing;
    }

    private static boolean has(Annotation[] annotations, Set<String> names) {
        return Arrays.stream(annotations).anyMatch(a -> names.contains(a.annotationType().getName()));
    }

    /** The classes (nested ones too) of one package, from the class path entries {@code entries} accepts. */
    static List<Class<?>> classesOf(String packageName, Predicate<URL> entries) {
        String path = packageName.replace('.', '/');
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        try {
            Enumeration<URL> directories = loader.getResources(path);
            while (directories.hasMoreElements()) {
                URL directory = directories.nextElement();
                if (!entries.test(directory)) {
                    continue;
                }
                for (String file : classFiles(directory, path)) {
                    classes.add(Class.forName(packageName + "." + file.substring(0, file.length() - ".class".length()),
                            false, loader));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }

    private static List<String> classFiles(URL directory, String path) throws IOException, URISyntaxException {
        if (directory.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) directory.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                return jar.stream().map(JarEntry::getName)
                        .filter(name -> name.startsWith(path + "/") && name.endsWith(".class")
                                && name.indexOf('/', path.length() + 1) < 0)
                        .map(name -> name.substring(path.length() + 1))
                        .filter(name -> !name.equals("package-info.class"))
                        .toList();
            }
        }
        try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.equals("package-info.class"))
                    .toList();
        }
    }
}
