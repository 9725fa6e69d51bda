// Brings the sa11y matcher's global Jest declaration (`expect(el).toBeAccessible()`) into the type check.
import '@sa11y/jest';
