/**
 * Background handlers for the user's own data besides highlights: "wrong link" corrections and
 * imported user entities. Changing user entities changes the linker index's version stamp.
 */
import { editedUserEntity, entityFromPage } from '../../src/kb/page-entity.ts';
import { correctionKey } from '../shared/corrections.ts';
import type { BackgroundCalls, CorrectionRecord, ParamsOf, ResultOf } from '../shared/protocol.ts';
import type { Db } from './db.ts';
import { deleteUserEntity, listUserEntities, putUserEntities } from './kb-store.ts';
import { markEntitiesChanged } from './linker-cache.ts';

export const USER_DATA_METHODS = [
  'addCorrection', 'listCorrections', 'removeCorrection', 'importUserPack', 'addUserEntity', 'updateUserEntity', 'listUserEntities', 'deleteUserEntity',
] as const;
type UserDataMethod = (typeof USER_DATA_METHODS)[number];
export type UserDataHandlers = {
  [K in UserDataMethod]: (params: ParamsOf<BackgroundCalls, K>) => Promise<ResultOf<BackgroundCalls, K>>;
};


/** Handlers bound to an open database. */
export function userDataHandlers(db: Db): UserDataHandlers {
  return {
    async addCorrection({ site, entityId, quote }) {
      const record: CorrectionRecord = { key: correctionKey(site, entityId, quote), site, entityId, quote, created: new Date().toISOString() };
      await db.put('corrections', record);
      return { key: record.key };
    },
    async listCorrections() {
      const all = await db.getAll('corrections');
      return all.sort((a, b) => b.created.localeCompare(a.created));
    },
    async removeCorrection({ key }) {
      const tx = db.transaction('corrections', 'readwrite');
      const found = (await tx.store.getKey(key)) !== undefined;
      if (found) await tx.store.delete(key);
      await tx.done;
      return { removed: found };
    },
    async importUserPack({ entities }) {
      await putUserEntities(db, entities);
      await markEntitiesChanged(db, 'user-pack');
      return { imported: entities.length };
    },
    async addUserEntity(draft) {
      const { entities, errors } = entityFromPage(draft);
      const entity = entities[0];
      if (!entity) return { error: errors.map((e) => `${e.where}: ${e.message}`).join('; ') || 'not a valid entity' };
      await putUserEntities(db, [entity]);
      await markEntitiesChanged(db, 'user-add');
      return { id: entity.id };
    },
    async updateUserEntity({ id, ...edit }) {
      const current = (await listUserEntities(db)).find((e) => e.id === id);
      if (!current) return { error: `no user entity ${id}` };
      const { entities, errors } = editedUserEntity(current, edit);
      const entity = entities[0];
      if (!entity) return { error: errors.map((e) => `${e.where.replace(/^\[0\]\.?/, '') || 'entity'}: ${e.message}`).join('; ') };
      await putUserEntities(db, [entity]);
      await markEntitiesChanged(db, 'user-edit');
      return { id };
    },
    async listUserEntities() {
      return (await listUserEntities(db)).map(({ id, name, type, aliases, description }) => ({ id, name, type, aliases: aliases.map((a) => a.text), description }));
    },
    async deleteUserEntity({ id }) {
      const removed = await deleteUserEntity(db, id);
      if (removed) await markEntitiesChanged(db, 'user-delete');
      return { removed };
    },
  };
}
