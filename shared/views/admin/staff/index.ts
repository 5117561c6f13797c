export {
  renderStaffPage,
  STAFF_PATH,
  STAFF_REMOVE_PATH,
  type StaffFormValues,
  type StaffPageErrors,
  type StaffPageInput,
  staffPagePath,
} from './staff-page.tsx';
