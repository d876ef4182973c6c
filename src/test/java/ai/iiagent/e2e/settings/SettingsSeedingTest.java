package ai.iiagent.e2e.settings;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.settings.ModelPricing;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.port.in.settings.ReEncryptSecretsCommand;
import ai.iiagent.port.in.settings.ReEncryptSecretsUseCase;
import ai.iiagent.port.in.settings.SeedBuiltinSkillsCommand;
import ai.iiagent.port.in.settings.SeedBuiltinSkillsUseCase;
import ai.iiagent.port.in.settings.SeedReport;
import ai.iiagent.port.in.settings.SeedSystemModelsCommand;
import ai.iiagent.port.in.settings.SeedSystemModelsUseCase;
import ai.iiagent.port.in.settings.SystemModelDefinition;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Seeding runs at every start; running it again (a second start) must change nothing. */
@QuarkusTest
class SettingsSeedingTest {

    @Inject
    SeedSystemModelsUseCase seedModels;

    @Inject
    SeedBuiltinSkillsUseCase seedSkills;

    @Inject
    ReEncryptSecretsUseCase reEncrypt;

    @Inject
    DataSource dataSource;

    @Test
    void givenSeededModels_whenSeededTwiceMore_thenSecondRunChangesNothing_andNoRowsDuplicate() throws Exception {
        SystemModelDefinition model = new SystemModelDefinition("openai", "gpt-4o-mini", "GPT-4o mini (system)", null,
                "sk-system-test-key-0123456789", JsonObject.EMPTY, new ModelPricing(new BigDecimal("0.15"), new BigDecimal("0.6"), null, null),
                true);
        SeedSystemModelsCommand command = new SeedSystemModelsCommand(List.of(model));

        seedModels.seed(command);
        long rows = count("select count(*) from model_settings where user_id is null");
        SeedReport again = seedModels.seed(command);

        assertThat(again.changedNothing()).as(again.toString()).isTrue();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(count("select count(*) from model_settings where user_id is null")).isEqualTo(rows);
        assertThat(count("select count(*) from model_settings where user_id is null and provider = 'offline' and is_active"))
                .isEqualTo(1);
        assertThat(reEncrypt.reEncrypt(new ReEncryptSecretsCommand(10)).resealed()).isZero();
    }

    @Test
    void givenShippedSkills_whenSeededTwice_thenSecondRunChangesNothing() throws Exception {
        List<String> documents = List.of(resource("skills/code-review/SKILL.md"), resource("skills/research-brief/SKILL.md"));

        seedSkills.seed(new SeedBuiltinSkillsCommand(documents));
        SeedReport again = seedSkills.seed(new SeedBuiltinSkillsCommand(documents));

        assertThat(again).isEqualTo(new SeedReport(0, 0, 2, 0));
        assertThat(count("select count(*) from skills where user_id is null")).isEqualTo(2);
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String resource(String name) throws Exception {
        try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
