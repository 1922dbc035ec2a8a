<?php
/**
 * What the block editor's script needs loaded before it: WordPress's own packages, no build.
 *
 * @package RoleFit
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
	'version'      => ROLEFIT_VERSION,
);
