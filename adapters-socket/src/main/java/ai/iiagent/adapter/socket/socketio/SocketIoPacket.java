package ai.iiagent.adapter.socket.socketio;

import ai.iiagent.domain.shared.ValidationException;

/**
 * One Socket.IO v5 packet carried in an Engine.IO v4 message ({@code 4<type>[/nsp,][ackId][json]}).
 *
 * @param type 0 CONNECT, 1 DISCONNECT, 2 EVENT, 3 ACK, 4 CONNECT_ERROR, 5/6 binary variants
 * @param namespace "/" unless the packet names another
 * @param ackId the acknowledgement id the client asked for, or -1
 * @param json the payload, or an empty string
 */
record SocketIoPacket(int type, String namespace, long ackId, String json) {

    static final int CONNECT = 0;
    static final int DISCONNECT = 1;
    static final int EVENT = 2;
    static final int ACK = 3;
    static final int CONNECT_ERROR = 4;

    /** Parses the part after Engine.IO's message type {@code 4}. */
    static SocketIoPacket parse(String text) {
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            throw new ValidationException("not a Socket.IO packet");
        }
        int type = text.charAt(0) - '0';
        int at = 1;
        String namespace = "/";
        if (at < text.length() && text.charAt(at) == '/') {
            int comma = text.indexOf(',', at);
            int end = comma < 0 ? text.length() : comma;
            namespace = text.substring(at, end);
            at = comma < 0 ? end : end + 1;
        }
        int digits = at;
        while (digits < text.length() && Character.isDigit(text.charAt(digits)) && digits - at < 18) {
            digits++;
        }
        long ackId = digits > at ? Long.parseLong(text.substring(at, digits)) : -1;
        return new SocketIoPacket(type, namespace, ackId, text.substring(digits));
    }

    /** The Engine.IO message that carries a packet of this type on the default namespace. */
    static String frame(int type, String json) {
        return "4" + type + json;
    }

    static String ack(long ackId, String jsonArray) {
        return "4" + ACK + ackId + jsonArray;
    }
}
