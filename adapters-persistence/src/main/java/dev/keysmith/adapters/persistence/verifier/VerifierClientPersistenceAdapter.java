package dev.keysmith.adapters.persistence.verifier;

import dev.keysmith.application.port.out.VerifierClientNotFoundException;
import dev.keysmith.application.port.out.VerifierClientPort;
import dev.keysmith.domain.verifier.VerifierClient;
import dev.keysmith.domain.verifier.VerifierClientId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores product backends' credentials: the secret's hash, never the secret. */
@ApplicationScoped
public class VerifierClientPersistenceAdapter implements VerifierClientPort {

    private final VerifierClientPanacheRepository repository;

    VerifierClientPersistenceAdapter(VerifierClientPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<VerifierClient> loadVerifierClient(UUID id) {
        return repository.findByIdOptional(id).map(VerifierClientMapper::toDomain);
    }

    @Override
    public Optional<VerifierClient> loadVerifierClient(VerifierClientId clientId) {
        return repository
                .find("clientId", clientId.value())
                .firstResultOptional()
                .map(VerifierClientMapper::toDomain);
    }

    @Override
    public List<VerifierClient> loadVerifierClients() {
        return repository.listAll(Sort.by("name").and("id")).stream()
                .map(VerifierClientMapper::toDomain)
                .toList();
    }

    @Override
    public void insertVerifierClient(VerifierClient client) {
        VerifierClientJpaEntity entity = new VerifierClientJpaEntity();
        VerifierClientMapper.copyInto(client, entity);
        repository.persist(entity);
    }

    @Override
    public void updateVerifierClient(VerifierClient client) {
        VerifierClientJpaEntity entity =
                repository.findByIdOptional(client.id()).orElseThrow(VerifierClientNotFoundException::new);
        VerifierClientMapper.copyInto(client, entity);
    }
}
