package dev.keysmith.application.port.out;

/** Whether a peppered key digest is stored already, live or dead (an import must not collide with any key). */
public interface StoredDigestPort {

    boolean digestStored(String secretHash);
}
