package ai.iiagent.port.in.auth;

/** Sign-up form as received; the service validates every field. */
public record RegisterLocalAccountCommand(String email, String password, String firstName, String lastName) {

    @Override
    public String toString() {
        return "RegisterLocalAccountCommand[email=" + email + ", password=***]";
    }
}
