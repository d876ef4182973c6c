package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.Skill;
import ai.iiagent.domain.settings.SkillId;
import ai.iiagent.domain.settings.SkillManifest;
import ai.iiagent.domain.settings.SkillSource;
import ai.iiagent.port.in.settings.SeedBuiltinSkillsCommand;
import ai.iiagent.port.in.settings.SeedBuiltinSkillsUseCase;
import ai.iiagent.port.in.settings.SeedReport;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.settings.SkillRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Upserts built-ins by name, comparing content hashes; keeps ids (and so users' overrides) of unchanged names. */
public final class SeedBuiltinSkillsService implements SeedBuiltinSkillsUseCase {

    private final SkillRepository repository;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;

    public SeedBuiltinSkillsService(SkillRepository repository, UnitOfWork unitOfWork, ClockPort clock) {
        this.repository = repository;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public SeedReport seed(SeedBuiltinSkillsCommand command) {
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.now();
            Map<String, Skill> stored = repository.listBuiltin().stream()
                    .collect(Collectors.toMap(Skill::name, Function.identity()));
            int inserted = 0;
            int updated = 0;
            int unchanged = 0;
            Set<String> shipped = new HashSet<>();
            for (String document : command.skillDocuments()) {
                SkillManifest manifest = SkillManifest.parse(document);
                byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
                String hash = SkillAccess.sha256(bytes);
                shipped.add(manifest.name());
                Skill old = stored.get(manifest.name());
                if (old != null && old.contentHash().equals(hash)) {
                    unchanged++;
                    continue;
                }
                repository.save(new Skill(old == null ? SkillId.random() : old.id(), Optional.empty(), manifest,
                        SkillSource.BUILTIN, hash, bytes.length, 1, true, old == null ? now : old.createdAt(), now), null);
                if (old == null) {
                    inserted++;
                } else {
                    updated++;
                }
            }
            int removed = 0;
            for (Skill old : stored.values()) {
                if (!shipped.contains(old.name())) {
                    repository.delete(old.id());
                    removed++;
                }
            }
            return new SeedReport(inserted, updated, unchanged, removed);
        });
    }
}
