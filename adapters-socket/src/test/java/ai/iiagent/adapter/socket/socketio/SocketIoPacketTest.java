package ai.iiagent.adapter.socket.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

class SocketIoPacketTest {

    @Test
    void parsesTypeNamespaceAckIdAndPayload() {
        assertThat(SocketIoPacket.parse("0")).isEqualTo(new SocketIoPacket(0, "/", -1, ""));
        assertThat(SocketIoPacket.parse("0{\"token\":\"t\"}")).isEqualTo(new SocketIoPacket(0, "/", -1, "{\"token\":\"t\"}"));
        assertThat(SocketIoPacket.parse("2[\"ping\"]")).isEqualTo(new SocketIoPacket(2, "/", -1, "[\"ping\"]"));
        assertThat(SocketIoPacket.parse("212[\"join_session\",{}]"))
                .isEqualTo(new SocketIoPacket(2, "/", 12, "[\"join_session\",{}]"));
        assertThat(SocketIoPacket.parse("2/admin,3[\"x\"]")).isEqualTo(new SocketIoPacket(2, "/admin", 3, "[\"x\"]"));
        assertThat(SocketIoPacket.parse("1/admin")).isEqualTo(new SocketIoPacket(1, "/admin", -1, ""));
    }

    @Test
    void framesPacketsOnTheDefaultNamespace() {
        assertThat(SocketIoPacket.frame(SocketIoPacket.CONNECT, "{\"sid\":\"s\"}")).isEqualTo("40{\"sid\":\"s\"}");
        assertThat(SocketIoPacket.ack(7, "[{\"ok\":true}]")).isEqualTo("437[{\"ok\":true}]");
    }

    @Test
    void refusesWhatIsNotAPacket() {
        assertThatThrownBy(() -> SocketIoPacket.parse("")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> SocketIoPacket.parse("x[]")).isInstanceOf(ValidationException.class);
    }
}
