export {
  COUNTED_FIELD_TYPES,
  type CountedField,
  type CountedFieldType,
  counterValues,
  isCountedField,
} from './counted.ts';
export { type ResultsPublication, resultsPublication } from './publication.ts';
export { type FieldTally, publicResultFields, type TallyRow, tallyResults } from './tally.ts';
