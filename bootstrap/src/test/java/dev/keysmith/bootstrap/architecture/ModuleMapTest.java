package dev.keysmith.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A module or package added to the house fails the build until {@link KeysmithModule} names it and its ring. */
class ModuleMapTest {

    @Test
    void everyModuleOfTheBuildIsNamed() throws Exception {
        Set<String> named = Arrays.stream(KeysmithModule.values())
                .map(module -> module.artifactId)
                .collect(Collectors.toSet());

        assertThat(modulesOfTheBuild())
                .as("modules of the root pom.xml; name a new one in KeysmithModule and give it a ring in HexagonTest")
                .isNotEmpty()
                .allSatisfy(module -> assertThat(named).contains(module));
    }

    @Test
    void everyPackageBelongsToANamedModule() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().importPackages("dev.keysmith")) {
            packages.add(type.getPackageName());
        }

        assertThat(packages)
                .as("packages under dev.keysmith; name a new module in KeysmithModule")
                .isNotEmpty()
                .allSatisfy(name -> assertThat(Arrays.stream(KeysmithModule.values())
                                .anyMatch(module ->
                                        name.equals(module.packageName) || name.startsWith(module.packageName + ".")))
                        .as("%s belongs to a named module", name)
                        .isTrue());
    }

    /** The {@code <module>} entries of the root build, found by walking up from the working directory. */
    private static List<String> modulesOfTheBuild() throws Exception {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !isRootBuild(directory.resolve("pom.xml"))) {
            directory = directory.getParent();
        }
        assertThat(directory).as("the root pom.xml above the working directory").isNotNull();
        NodeList modules = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(directory.resolve("pom.xml").toFile())
                .getElementsByTagName("module");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < modules.getLength(); i++) {
            names.add(((Element) modules.item(i)).getTextContent().trim());
        }
        return names;
    }

    private static boolean isRootBuild(Path pom) throws Exception {
        return Files.isRegularFile(pom) && Files.readString(pom).contains("<module>bootstrap</module>");
    }
}
