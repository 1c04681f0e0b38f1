/** The panel's store with the real validators: the interchange schema and the engine's profile check. */
import { parseAssessment } from '../../shared/interchange';
import type { ResolvedAssessment } from '../../shared/interchange/types';
import { checkProfile } from '../profiles/site-profiles';
import type { SiteProfile } from '../profiles/types';
import { localArea, type StorageArea } from './area';
import { PanelStore } from './store';

export type AppStore = PanelStore<ResolvedAssessment, SiteProfile>;

export function createPanelStore(area: StorageArea = localArea()): AppStore {
  return new PanelStore(area, {
    assessment: (data) => parseAssessment(JSON.stringify(data), 'แบบประเมินที่บันทึกไว้.json'),
    profile: (data, site) => {
      const profile = checkProfile(data);
      // Saved profiles are keyed by their own site; another key means the entry was damaged.
      if (profile.site !== site) throw new Error(`บันทึกไว้ใต้ชื่อเว็บไซต์ ${site} แต่เป็นโปรไฟล์ของ ${profile.site}`);
      return profile;
    },
  });
}
