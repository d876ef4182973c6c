package ai.iiagent.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves every rule in {@link ArchitectureRules} can fail: each is evaluated on compiled fixture
 * classes that break it on purpose, and must report the offending class by name.
 */
class ArchitectureRulesCanFailTest {

    private static JavaClasses fixtures;

    @BeforeAll
    static void compileFixtures() {
        fixtures = FixtureCompiler.compile(Map.ofEntries(
                source("ai.iiagent.port.out.fixture.SessionRepository", """
                        public interface SessionRepository { }"""),
                source("ai.iiagent.adapter.http.fixture.RouterReadingRepository", """
                        public class RouterReadingRepository {
                            ai.iiagent.port.out.fixture.SessionRepository sessions;
                        }"""),
                source("ai.iiagent.adapter.http.fixture.RouterUsingEntity", """
                        public class RouterUsingEntity {
                            ai.iiagent.adapter.persistence.users.UserEntity entity;
                        }"""),
                source("ai.iiagent.service.fixture.ServiceUsingJackson", """
                        public class ServiceUsingJackson {
                            com.fasterxml.jackson.databind.ObjectMapper json;
                        }"""),
                source("ai.iiagent.domain.fixture.EntityInDomain", """
                        @jakarta.persistence.Entity
                        public class EntityInDomain { }"""),
                source("ai.iiagent.service.fixture.ServiceMapper", """
                        @org.mapstruct.Mapper
                        public interface ServiceMapper { }"""),
                source("ai.iiagent.adapter.http.fixture.SessionMapper", """
                        @org.mapstruct.Mapper
                        public interface SessionMapper { }"""),
                source("ai.iiagent.adapter.socket.fixture.OpenEndpoint", """
                        @io.quarkus.websockets.next.WebSocket(path = "/open")
                        public class OpenEndpoint { }"""),
                source("ai.iiagent.adapter.socket.fixture.RealtimeGateway", """
                        public class RealtimeGateway {
                            public void authenticate(ClientConnection client, String token) { }
                        }"""),
                source("ai.iiagent.adapter.socket.fixture.ClientConnection", """
                        public class ClientConnection {
                            public boolean authenticated() { return false; }
                        }"""),
                source("ai.iiagent.adapter.socket.fixture.InboundFrames", """
                        public class InboundFrames {
                            public void dispatch(RealtimeGateway gateway, ClientConnection client, String type) { }
                        }"""),
                source("ai.iiagent.adapter.socket.fixture.PermitAllNoAuthEndpoint", """
                        @io.quarkus.websockets.next.WebSocket(path = "/lazy")
                        @jakarta.annotation.security.PermitAll
                        public class PermitAllNoAuthEndpoint {
                            InboundFrames frames; RealtimeGateway gateway;
                            void message(ClientConnection client, String type) { frames.dispatch(gateway, client, type); }
                        }"""),
                source("ai.iiagent.adapter.socket.fixture.UngatedEndpoint", """
                        @io.quarkus.websockets.next.WebSocket(path = "/ungated")
                        @jakarta.annotation.security.PermitAll
                        public class UngatedEndpoint {
                            InboundFrames frames; RealtimeGateway gateway;
                            void open(ClientConnection client, String token) { gateway.authenticate(client, token); }
                            void message(ClientConnection client, String type) { frames.dispatch(gateway, client, type); }
                        }"""),
                source("ai.iiagent.adapter.socket.fixture.GatedEndpoint", """
                        @io.quarkus.websockets.next.WebSocket(path = "/gated")
                        @jakarta.annotation.security.PermitAll
                        public class GatedEndpoint {
                            InboundFrames frames; RealtimeGateway gateway;
                            void message(ClientConnection client, String type, String token) {
                                if (!client.authenticated()) { gateway.authenticate(client, token); return; }
                                frames.dispatch(gateway, client, type);
                            }
                        }"""),
                source("ai.iiagent.adapter.socket.fixture.GuardedEndpoint", """
                        @io.quarkus.websockets.next.WebSocket(path = "/guarded")
                        @io.quarkus.security.Authenticated
                        public class GuardedEndpoint { }"""),
                source("ai.iiagent.adapter.gadgets.Stray", """
                        public class Stray { }"""),
                source("ai.iiagent.service.sandbox.SingularLifecycle", """
                        public class SingularLifecycle { }"""),
                source("ai.iiagent.adapter.llm.fixture.LlmReachingIntoBilling", """
                        public class LlmReachingIntoBilling {
                            ai.iiagent.domain.billing.fixture.Invoice invoice;
                            ai.iiagent.domain.credits.CreditReservation paidWith;
                        }"""),
                source("ai.iiagent.service.fixture.ForgingService", """
                        public class ForgingService {
                            Object forge(ai.iiagent.domain.users.UserSnapshot s) {
                                return ai.iiagent.domain.users.User.rehydrate(s);
                            }
                        }"""),
                source("ai.iiagent.domain.billing.fixture.Invoice", """
                        public class Invoice { }"""),
                source("ai.iiagent.service.users.fixture.UsersReachIntoBilling", """
                        public class UsersReachIntoBilling {
                            ai.iiagent.domain.billing.fixture.Invoice invoice;
                        }"""),
                source("ai.iiagent.domain.sessions.fixture.SessionStartedEvent", """
                        public record SessionStartedEvent(String id) { }"""),
                source("ai.iiagent.service.realtime.fixture.EventRelay", """
                        public class EventRelay {
                            ai.iiagent.domain.sessions.fixture.SessionStartedEvent last;
                        }"""),
                source("ai.iiagent.domain.tasks.fixture.TaskSide", """
                        public class TaskSide {
                            ai.iiagent.domain.sessions.fixture.SessionSide session;
                        }"""),
                source("ai.iiagent.domain.sessions.fixture.SessionSide", """
                        public class SessionSide {
                            ai.iiagent.domain.tasks.fixture.TaskSide task;
                        }"""),
                source("ai.iiagent.port.in.fixture.StartRunPort", """
                        public interface StartRunPort { }"""),
                source("ai.iiagent.port.in.fixture.ArchiveSessionUseCase", """
                        public interface ArchiveSessionUseCase { }"""),
                source("ai.iiagent.port.in.fixture.RestoreSessionUseCase", """
                        public interface RestoreSessionUseCase { }"""),
                source("ai.iiagent.service.fixture.ArchiveUseCase", """
                        public class ArchiveUseCase { }"""),
                source("ai.iiagent.service.fixture.TwoHatsService", """
                        public class TwoHatsService implements ai.iiagent.port.in.fixture.ArchiveSessionUseCase,
                                ai.iiagent.port.in.fixture.RestoreSessionUseCase { }"""),
                source("ai.iiagent.service.fixture.MisnamedService", """
                        public class MisnamedService implements ai.iiagent.port.in.fixture.ArchiveSessionUseCase { }"""),
                source("ai.iiagent.port.in.fixture.ArchiveSessionCommand", """
                        public class ArchiveSessionCommand { }"""),
                source("ai.iiagent.adapter.http.fixture.FieldInjected", """
                        public class FieldInjected {
                            @jakarta.inject.Inject Object dependency;
                        }"""),
                source("ai.iiagent.service.fixture.GenericThrower", """
                        public class GenericThrower {
                            void fail() { throw new RuntimeException("no code"); }
                        }"""),
                source("ai.iiagent.domain.credits.CreditReservation", """
                        public class CreditReservation {
                            public CreditReservation() { }
                            public static CreditReservation rehydrate() { return new CreditReservation(); }
                        }"""),
                source("ai.iiagent.domain.credits.CreditAccount", """
                        public class CreditAccount {
                            public CreditReservation reserve(int amount) { return new CreditReservation(); }
                        }"""),
                source("ai.iiagent.service.credits.fixture.HoldDesk", """
                        public class HoldDesk {
                            Object reserve(ai.iiagent.domain.credits.CreditAccount account) { return account.reserve(1); }
                        }"""),
                source("ai.iiagent.port.out.llm.LlmPort", """
                        public interface LlmPort {
                            String complete(String prompt, ai.iiagent.domain.credits.CreditReservation reservation);
                            String completeForFree(String prompt);
                        }"""),
                source("ai.iiagent.port.in.credits.ReserveCreditsUseCase", """
                        public interface ReserveCreditsUseCase {
                            ai.iiagent.domain.credits.CreditReservation reserve(String command);
                            ai.iiagent.domain.credits.CreditReservation find(String key);
                        }"""),
                source("ai.iiagent.port.out.credits.CreditHolds", """
                        public interface CreditHolds {
                            ai.iiagent.domain.credits.CreditReservation hold(String request);
                        }"""),
                source("ai.iiagent.service.metering.BillableExecutor", """
                        public class BillableExecutor {
                            ai.iiagent.port.out.llm.LlmPort llm;
                            Object quoteAndReserve(ai.iiagent.port.in.credits.ReserveCreditsUseCase credits) {
                                return credits.reserve("llm");
                            }
                        }"""),
                source("ai.iiagent.port.in.credits.HoldCommand", """
                        public record HoldCommand(String hold) { }"""),
                source("ai.iiagent.service.sandboxes.fixture.SandboxKeeper", """
                        public class SandboxKeeper {
                            Object lookUp(ai.iiagent.port.in.credits.ReserveCreditsUseCase credits) { return credits.find("k"); }
                            String readHold(ai.iiagent.port.in.credits.HoldCommand command) { return command.hold(); }
                            String run(ai.iiagent.port.out.llm.LlmPort port, ai.iiagent.domain.credits.CreditReservation paid) {
                                return port.complete("wake", paid);
                            }
                        }"""),
                source("ai.iiagent.service.agents.fixture.SneakyAgent", """
                        public class SneakyAgent {
                            ai.iiagent.port.out.llm.LlmPort llm;
                            Object mint() { return new ai.iiagent.domain.credits.CreditReservation(); }
                            Object forge() { return ai.iiagent.domain.credits.CreditReservation.rehydrate(); }
                            Object hold(ai.iiagent.domain.credits.CreditAccount account) { return account.reserve(5); }
                            Object take(ai.iiagent.port.in.credits.ReserveCreditsUseCase credits) { return credits.reserve("x"); }
                            Object keep(ai.iiagent.port.out.credits.CreditHolds holds) { return holds.hold("y"); }
                        }""")));
    }

    @Test
    void layering_rejectsRouterReachingARepository() {
        assertViolatedBy(ArchitectureRules.router_service_repository_model_layering, "RouterReadingRepository");
    }

    @Test
    void frameworkFreeCore_rejectsServiceUsingJackson() {
        assertViolatedBy(ArchitectureRules.core_is_framework_free, "ServiceUsingJackson");
    }

    @Test
    void adapterIsolation_rejectsHttpAdapterUsingPersistenceEntity() {
        assertViolatedBy(ArchitectureRules.adapters_do_not_depend_on_each_other, "RouterUsingEntity");
    }

    @Test
    void entityPlacement_rejectsEntityInDomain() {
        assertViolatedBy(ArchitectureRules.entities_live_in_persistence_adapter, "EntityInDomain");
    }

    @Test
    void mapperPlacement_rejectsMapperInServiceAndMisnamedHttpMapper() {
        assertViolatedBy(ArchitectureRules.mappers_live_in_adapters, "ServiceMapper");
        assertViolatedBy(ArchitectureRules.mappers_live_in_adapters, "fixture.SessionMapper");
    }

    @Test
    void websocketSecurity_rejectsEndpointWithoutSecurityAnnotation() {
        assertViolatedBy(ArchitectureRules.websocket_endpoints_declare_security, "OpenEndpoint");
    }

    @Test
    void websocketSecurity_rejectsPermitAllWithoutInBandGate_butAcceptsAGatedOneAndADeclarativeOne() {
        EvaluationResult result = ArchitectureRules.websocket_endpoints_declare_security.evaluate(fixtures);

        assertThat(details(result)).anyMatch(line -> line.contains("PermitAllNoAuthEndpoint is @PermitAll but never"));
        assertThat(details(result)).anyMatch(line -> line.contains("UngatedEndpoint.message")
                && line.contains("without checking"));
        assertThat(details(result)).noneMatch(line -> line.contains("UngatedEndpoint is @PermitAll"));
        assertThat(details(result)).noneMatch(line -> line.contains("GatedEndpoint"));
        assertThat(details(result)).noneMatch(line -> line.contains("GuardedEndpoint"));
    }

    @Test
    void rehydration_rejectsServiceRehydratingAnAggregate() {
        assertViolatedBy(ArchitectureRules.aggregates_are_rehydrated_only_by_persistence, "ForgingService");
    }

    @Test
    void featureDependencies_rejectUsersReachingIntoBilling_butLetRealtimeSeeEvents() {
        EvaluationResult result = ArchitectureRules.features_respect_allowed_dependencies.evaluate(fixtures);

        assertThat(details(result)).anyMatch(line -> line.contains("UsersReachIntoBilling"));
        assertThat(details(result)).noneMatch(line -> line.contains("EventRelay"));
    }

    @Test
    void capabilityDependencies_rejectAnLlmAdapterReachingIntoBilling_butLetItTakeAReservation() {
        EvaluationResult result = ArchitectureRules.features_respect_allowed_dependencies.evaluate(fixtures);

        assertThat(details(result)).anyMatch(line -> line.contains("LlmReachingIntoBilling")
                && line.contains("billing.fixture.Invoice"));
        assertThat(details(result)).noneMatch(line -> line.contains("LlmReachingIntoBilling")
                && line.contains("CreditReservation"));
    }

    @Test
    void moduleCoverage_rejectsAClassInNoFeatureOrCapability_butPlacesCapabilitiesAndFeatures() {
        EvaluationResult result = ArchitectureRules.every_class_belongs_to_a_module.evaluate(fixtures);

        assertThat(details(result)).anyMatch(line -> line.contains("adapter.gadgets.Stray is in no"));
        // a feature's name spelt another way (singular) is no feature: one plural name per feature
        assertThat(details(result)).anyMatch(line -> line.contains("service.sandbox.SingularLifecycle is in no"));
        assertThat(details(result)).noneMatch(line -> line.contains("LlmReachingIntoBilling")
                || line.contains("SneakyAgent") || line.contains("UsersReachIntoBilling"));
    }

    @Test
    void featureCycles_rejectSessionsAndTasksDependingOnEachOther() {
        assertViolatedBy(ArchitectureRules.features_are_free_of_cycles, "SessionSide");
    }

    @Test
    void useCaseNaming_rejectsInboundPortNotNamedUseCase() {
        assertViolatedBy(ArchitectureRules.use_cases_are_interfaces_named_UseCase, "StartRunPort");
    }

    @Test
    void useCaseTypes_rejectsUseCaseClassOutsideInboundPorts() {
        assertViolatedBy(ArchitectureRules.use_case_types_are_inbound_port_interfaces, "service.fixture.ArchiveUseCase");
    }

    @Test
    void serviceShape_rejectsServiceWithTwoUseCasesAndMisnamedService() {
        assertViolatedBy(ArchitectureRules.services_implement_exactly_one_use_case, "TwoHatsService");
        assertViolatedBy(ArchitectureRules.services_implement_exactly_one_use_case, "MisnamedService");
    }

    @Test
    void commandsAndQueries_rejectCommandThatIsNotARecord() {
        assertViolatedBy(ArchitectureRules.commands_and_queries_are_records, "ArchiveSessionCommand");
    }

    @Test
    void fieldInjection_rejectsInjectOnAField() {
        assertViolatedBy(ArchitectureRules.no_field_injection, "FieldInjected");
    }

    @Test
    void genericExceptions_rejectThrowingRuntimeException() {
        assertViolatedBy(ArchitectureRules.no_generic_exceptions, "GenericThrower");
    }

    @Test
    void reservationTaking_rejectsAnAgentReservingOrHoldingOnCreditsPorts_butAllowsMeteringAndOtherCalls() {
        EvaluationResult result = ArchitectureRules.reservations_are_taken_only_by_metering.evaluate(fixtures);

        assertThat(details(result)).anyMatch(line -> line.contains("SneakyAgent.take"));
        assertThat(details(result)).anyMatch(line -> line.contains("SneakyAgent.keep"));
        assertThat(details(result)).noneMatch(line -> line.contains("BillableExecutor"));
        // a credits port's other methods, a command's hold() accessor, and a billable port paid with a reservation
        // handed in, are fine anywhere
        assertThat(details(result)).noneMatch(line -> line.contains("SandboxKeeper"));
    }

    @Test
    void reservationMinting_rejectsConstructorCallOutsideCreditsDomain() {
        assertViolatedBy(ArchitectureRules.reservations_minted_only_in_credits_domain, "SneakyAgent.mint");
    }

    @Test
    void accountReserve_rejectsAnAgentReservingOnAnAccount_butAllowsTheCreditsServices() {
        EvaluationResult result = ArchitectureRules.credit_accounts_reserve_only_in_the_credits_feature.evaluate(fixtures);

        assertThat(details(result)).anyMatch(line -> line.contains("SneakyAgent.hold"));
        assertThat(details(result)).noneMatch(line -> line.contains("HoldDesk"));
    }

    @Test
    void reservationRehydrate_rejectsCallOutsidePersistence() {
        assertViolatedBy(ArchitectureRules.reservation_rehydrate_only_from_persistence, "SneakyAgent.forge");
    }

    @Test
    void billablePortMethods_rejectMethodWithoutReservation_butAcceptOneWithIt() {
        EvaluationResult result = ArchitectureRules.billable_port_methods_take_a_reservation.evaluate(fixtures);

        assertThat(details(result)).anyMatch(line -> line.contains("completeForFree"));
        assertThat(details(result)).noneMatch(line -> line.contains("LlmPort.complete("));
    }

    private static void assertViolatedBy(ArchRule rule, String offender) {
        EvaluationResult result = rule.evaluate(fixtures);
        assertThat(result.hasViolation()).as("%s has a violation", rule.getDescription()).isTrue();
        assertThat(details(result)).as("violations of %s", rule.getDescription())
                .anyMatch(line -> line.contains(offender));
    }

    private static List<String> details(EvaluationResult result) {
        return result.getFailureReport().getDetails();
    }

    private static Map.Entry<String, String> source(String className, String body) {
        String packageName = className.substring(0, className.lastIndexOf('.'));
        return Map.entry(className, "package " + packageName + ";\n" + body + "\n");
    }
}
