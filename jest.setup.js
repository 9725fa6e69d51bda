'use strict';
// Accessibility matcher (`await expect(element).toBeAccessible()`), as in lwc-recipes.
const { registerSa11yMatcher } = require('@sa11y/jest');

registerSa11yMatcher();
