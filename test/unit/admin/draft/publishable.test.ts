import { describe, expect, it } from 'vitest';
import { publishableDefinition } from '../../../../shared/admin/draft/index.ts';
import { aDraft } from './support.ts';

describe('publishableDefinition', () => {
  it('is the parsed definition of a valid draft of this consultation', () => {
    const definition = publishableDefinition(aDraft(), 'baumpflanzung');

    expect(definition?.id).toBe('baumpflanzung');
    expect(definition?.title).toEqual({ de: 'Neue Bäume', en: 'New trees' });
  });

  it.each([
    ['a draft with problems the editor shows', aDraft({ title: { de: 'Neue Bäume', en: '' } })],
    ['a draft without fields', aDraft({ fields: [] })],
    ['a draft that is no consultation at all', { id: 'baumpflanzung' }],
  ])('is undefined for %s', (_, draft) => {
    expect(publishableDefinition(draft, 'baumpflanzung')).toBeUndefined();
  });

  it('is undefined for a draft naming another consultation id', () => {
    expect(publishableDefinition(aDraft({ id: 'other' }), 'baumpflanzung')).toBeUndefined();
  });
});
