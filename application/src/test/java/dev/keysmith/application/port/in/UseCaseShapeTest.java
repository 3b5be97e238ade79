package dev.keysmith.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One input shape for every use case (issue 16): each operation takes one record declared in its use-case
 * interface, a {@code ...Command} for a change or a {@code ...Query} for a read.
 */
class UseCaseShapeTest {

    @Test
    void everyUseCaseOperationTakesOneCommandOrQueryRecordOfItsOwn() throws Exception {
        List<Class<?>> useCases = useCases();
        assertThat(useCases).hasSizeGreaterThan(30);

        List<String> offenders = new ArrayList<>();
        for (Class<?> useCase : useCases) {
            for (Method operation : useCase.getDeclaredMethods()) {
                if (!Modifier.isAbstract(operation.getModifiers())) {
                    continue;
                }
                Class<?>[] inputs = operation.getParameterTypes();
                String input = inputs.length == 1 ? inputs[0].getSimpleName() : "";
                boolean oneRecordOfItsOwn = inputs.length == 1
                        && inputs[0].isRecord()
                        && inputs[0].getEnclosingClass() == useCase
                        && (input.endsWith("Command") || input.endsWith("Query"));
                if (!oneRecordOfItsOwn) {
                    offenders.add(useCase.getSimpleName() + "." + operation.getName());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static List<Class<?>> useCases() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(
                Caller.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path portIn = classes.resolve(Caller.class.getPackageName().replace('.', '/'));
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(portIn)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("UseCase.class"))
                    .toList()) {
                String name = classes.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
                if (type.isInterface()) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
