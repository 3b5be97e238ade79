package dev.keysmith.bootstrap.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core in the page the browser shows. The script comes from Deque's jar (only its {@code axe.min.js}
 * is used) and is injected through WebDriver, which the page's Content-Security-Policy does not govern.
 */
final class Axe {

    private static final String SOURCE = load();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                .catch(error => done(['axe failed: ' + error]));
            """;

    private Axe() {}

    /** The serious and critical violations on the page now, each as one line naming the page. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Browser browser, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(SOURCE);
        List<Object> found = (List<Object>) js.executeAsyncScript(RUN);
        return found.stream().map(v -> page + ": " + v).toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
