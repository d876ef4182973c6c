import { describe, expect, it } from 'vitest';
import { mediaFiles, playableUrl } from './MediaPreview';

describe('mediaFiles', () => {
  it('keeps the images, videos and audio of a tool result that have a URL', () => {
    const files = mediaFiles({ kind: 'image', files: [
      { id: '1', name: 'a.png', url: '/x/a.png', content_type: 'image/png' },
      { id: '2', name: 'b.mp4', url: '/x/b.mp4', content_type: 'video/mp4' },
      { id: '3', name: 'c.mp3', url: '/x/c.mp3', content_type: 'audio/mpeg' },
      { id: '4', name: 'd.sh', url: '/x/d.sh', content_type: 'text/x-shellscript' },
      { id: '5', name: 'e.png', content_type: 'image/png' },
    ] });
    expect(files.map((file) => file.id)).toEqual(['1', '2', '3']);
  });

  it('answers nothing for results without files', () => {
    expect(mediaFiles(undefined)).toEqual([]);
    expect(mediaFiles('text')).toEqual([]);
    expect(mediaFiles({ files: 'nope' })).toEqual([]);
  });
});

describe('playableUrl', () => {
  it('makes our signed storage links relative and leaves other links alone', () => {
    expect(playableUrl('http://localhost:8080/v1/storage/local/users/a.png?expires=1&signature=x'))
      .toBe('/v1/storage/local/users/a.png?expires=1&signature=x');
    expect(playableUrl('https://bucket.s3.amazonaws.com/a.png?X-Amz-Signature=y'))
      .toBe('https://bucket.s3.amazonaws.com/a.png?X-Amz-Signature=y');
  });
});
