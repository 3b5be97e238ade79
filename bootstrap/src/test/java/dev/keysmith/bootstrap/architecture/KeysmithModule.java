package dev.keysmith.bootstrap.architecture;

import java.util.Arrays;
import java.util.List;

/** The map of the house: every Maven module with the one package it holds, including adapters still to come. */
enum KeysmithModule {
    DOMAIN("domain", "dev.keysmith.domain"),
    APPLICATION("application", "dev.keysmith.application"),
    REST("adapters-rest", "dev.keysmith.adapters.rest"),
    PERSISTENCE("adapters-persistence", "dev.keysmith.adapters.persistence"),
    SECURITY("adapters-security", "dev.keysmith.adapters.security"),
    MAIL("adapters-mail", "dev.keysmith.adapters.mail"),
    SMS("adapters-sms", "dev.keysmith.adapters.sms"),
    WEB("adapters-web", "dev.keysmith.adapters.web"),
    EMBEDDED("embedded-database", "dev.keysmith.embedded"),
    CLIENT("keysmith-client", "dev.keysmith.client"),
    BOOTSTRAP("bootstrap", "dev.keysmith.bootstrap");

    static final String ADAPTERS = "dev.keysmith.adapters";

    final String artifactId;
    final String packageName;

    KeysmithModule(String artifactId, String packageName) {
        this.artifactId = artifactId;
        this.packageName = packageName;
    }

    /** The ArchUnit pattern for the module's package and everything below it. */
    String packages() {
        return packageName + "..";
    }

    boolean isAdapter() {
        return packageName.startsWith(ADAPTERS + ".");
    }

    static List<KeysmithModule> adapters() {
        return Arrays.stream(values()).filter(KeysmithModule::isAdapter).toList();
    }

    /** The patterns of every adapter except this one. */
    String[] otherAdapters() {
        return adapters().stream()
                .filter(other -> other != this)
                .map(KeysmithModule::packages)
                .toArray(String[]::new);
    }
}
