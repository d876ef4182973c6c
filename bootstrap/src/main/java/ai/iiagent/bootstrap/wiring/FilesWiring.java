package ai.iiagent.bootstrap.wiring;

import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.port.in.files.StoreFileUseCase;
import ai.iiagent.service.files.StoreFileService;
import ai.iiagent.port.in.files.StartUploadUseCase;
import ai.iiagent.port.in.files.ReceiveSignedUploadUseCase;
import ai.iiagent.port.in.files.CompleteUploadUseCase;
import ai.iiagent.port.in.files.DownloadAssetUseCase;
import ai.iiagent.port.in.files.ReadSignedObjectUseCase;
import ai.iiagent.port.in.files.CreateDownloadUrlsUseCase;
import ai.iiagent.port.in.files.ListMediaLibraryUseCase;
import ai.iiagent.port.in.files.UploadAvatarUseCase;
import ai.iiagent.port.in.files.GetAvatarUseCase;
import ai.iiagent.port.in.files.ListSessionFilesUseCase;
import ai.iiagent.port.in.files.ReadPublicAssetUseCase;
import ai.iiagent.port.in.files.ResolveAttachmentsUseCase;
import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.in.files.SweepAbandonedUploadsUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetProvenanceRepository;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;
import ai.iiagent.service.files.StartUploadService;
import ai.iiagent.service.files.ReceiveSignedUploadService;
import ai.iiagent.service.files.UploadLocks;
import ai.iiagent.service.files.CompleteUploadService;
import ai.iiagent.service.files.DownloadAssetService;
import ai.iiagent.service.files.ReadSignedObjectService;
import ai.iiagent.service.files.CreateDownloadUrlsService;
import ai.iiagent.service.files.ListMediaLibraryService;
import ai.iiagent.service.files.UploadAvatarService;
import ai.iiagent.service.files.GetAvatarService;
import ai.iiagent.service.files.ListSessionFilesService;
import ai.iiagent.service.files.ReadPublicAssetService;
import ai.iiagent.service.files.ResolveAttachmentsService;
import ai.iiagent.service.files.ShareSessionFileService;
import ai.iiagent.service.files.SweepAbandonedUploadsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The files feature's services; storage and limits come from {@link StorageWiring}. */
@ApplicationScoped
public class FilesWiring {

    @Produces
    @ApplicationScoped
    StartUploadUseCase startUpload(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        return new StartUploadService(assets, storage, sessions, clock, policy);
    }

    @Produces
    @ApplicationScoped
    ReceiveSignedUploadUseCase receiveSignedUpload(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy, UploadLocks locks) {
        return new ReceiveSignedUploadService(assets, storage, sessions, clock, policy, locks);
    }

    @Produces
    @ApplicationScoped
    CompleteUploadUseCase completeUpload(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy, UploadLocks locks) {
        return new CompleteUploadService(assets, storage, sessions, clock, policy, locks);
    }

    @Produces
    @ApplicationScoped
    SweepAbandonedUploadsUseCase sweepAbandonedUploads(AssetRepository assets, StoragePort storage, ClockPort clock,
            UploadPolicy policy, UploadLocks locks) {
        return new SweepAbandonedUploadsService(assets, storage, clock, policy, locks);
    }

    @Produces
    @ApplicationScoped
    StoreFileUseCase storeFile(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        return new StoreFileService(assets, storage, sessions, clock, policy);
    }

    @Produces
    @Singleton
    UploadLocks uploadLocks() {
        return new UploadLocks();
    }

    @Produces
    @ApplicationScoped
    DownloadAssetUseCase downloadAsset(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        return new DownloadAssetService(assets, storage, sessions, clock, policy);
    }

    @Produces
    @ApplicationScoped
    ReadSignedObjectUseCase readSignedObject(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        return new ReadSignedObjectService(assets, storage, sessions, clock, policy);
    }

    @Produces
    @ApplicationScoped
    CreateDownloadUrlsUseCase createDownloadUrls(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        return new CreateDownloadUrlsService(assets, storage, sessions, clock, policy);
    }

    @Produces
    @ApplicationScoped
    ListMediaLibraryUseCase listMediaLibrary(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy, AssetProvenanceRepository provenance) {
        return new ListMediaLibraryService(assets, storage, sessions, clock, policy, provenance);
    }

    @Produces
    @ApplicationScoped
    UploadAvatarUseCase uploadAvatar(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        return new UploadAvatarService(assets, storage, sessions, clock, policy);
    }

    @Produces
    @ApplicationScoped
    GetAvatarUseCase getAvatar(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        return new GetAvatarService(assets, storage, sessions, clock, policy);
    }

    @Produces
    @ApplicationScoped
    ListSessionFilesUseCase listSessionFiles(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        return new ListSessionFilesService(assets, storage, sessions, clock, policy);
    }

    @Produces
    @ApplicationScoped
    ReadPublicAssetUseCase readPublicAsset(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        return new ReadPublicAssetService(assets, storage, sessions, clock, policy);
    }

    @Produces
    @ApplicationScoped
    ResolveAttachmentsUseCase resolveAttachments(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        return new ResolveAttachmentsService(assets, storage, sessions, clock, policy);
    }

    @Produces
    @ApplicationScoped
    ShareSessionFileUseCase shareSessionFile(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions,
            ClockPort clock, UploadPolicy policy, AssetProvenanceRepository provenance) {
        return new ShareSessionFileService(assets, storage, sessions, clock, policy, provenance);
    }
}
