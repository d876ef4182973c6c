package ai.iiagent.adapter.http.users;

import ai.iiagent.adapter.http.HttpMapperConfig;
import ai.iiagent.domain.users.SetupStatus;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain user types to wire records. */
@Mapper(config = HttpMapperConfig.class)
public interface UserHttpMapper {

    @Mapping(target = "setupRequired", source = "firstAccountPending")
    SetupStatusResponse toResponse(SetupStatus status);
}
