import { describe, expect, it } from 'vitest';
import { driveFileIds } from './connectorsApi';

describe('driveFileIds', () => {
  it('takes ids from share links, open links and bare ids, and drops anything else', () => {
    expect(driveFileIds(`https://drive.google.com/file/d/1qR7xPdfReport_AbCdEfGh/view?usp=sharing
      https://drive.google.com/open?id=1DocMeetingNotes-XyZ0123, 1BigHolidayVideo_98765
      ../../etc/passwd`)).toEqual(['1qR7xPdfReport_AbCdEfGh', '1DocMeetingNotes-XyZ0123', '1BigHolidayVideo_98765']);
  });
});
