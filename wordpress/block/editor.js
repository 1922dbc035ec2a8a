// The RoleFit quiz block in the editor: a card that sums up the settings, and the settings in
// the sidebar. Plain script on WordPress's own packages, no build step. The page shows the real
// quiz; the markup comes from PHP (rolefit_render_block), so the block saves nothing itself.
( function ( blocks, element, blockEditor, components, i18n ) {
	'use strict';

	var el = element.createElement;
	var __ = i18n.__;

	var languages = function () {
		return [
			{ value: '', label: __( 'The reader’s browser language', 'rolefit' ) },
			{ value: 'it', label: 'Italiano' },
			{ value: 'es', label: 'Español' },
			{ value: 'en', label: 'English' },
		];
	};
	var themes = function () {
		return [
			{ value: '', label: __( 'The reader’s system setting', 'rolefit' ) },
			{ value: 'light', label: __( 'Light', 'rolefit' ) },
			{ value: 'dark', label: __( 'Dark', 'rolefit' ) },
		];
	};
	var modes = function () {
		return [
			{ value: '', label: __( 'In the page', 'rolefit' ) },
			{ value: 'kiosk', label: __( 'Kiosk (a shared touch screen)', 'rolefit' ) },
		];
	};

	var labelOf = function ( options, value ) {
		var found = options.filter( function ( option ) {
			return option.value === value;
		} )[ 0 ];
		return found ? found.label : value;
	};

	var setter = function ( setAttributes, name ) {
		return function ( value ) {
			var change = {};
			change[ name ] = value;
			setAttributes( change );
		};
	};

	var settingsPanel = function ( attributes, setAttributes ) {
		return el(
			blockEditor.InspectorControls,
			null,
			el(
				components.PanelBody,
				{ title: __( 'Quiz settings', 'rolefit' ) },
				el( components.SelectControl, {
					label: __( 'Language', 'rolefit' ),
					value: attributes.lang,
					options: languages(),
					onChange: setter( setAttributes, 'lang' ),
				} ),
				el( components.SelectControl, {
					label: __( 'Theme', 'rolefit' ),
					value: attributes.theme,
					options: themes(),
					onChange: setter( setAttributes, 'theme' ),
				} ),
				el( components.SelectControl, {
					label: __( 'Mode', 'rolefit' ),
					value: attributes.mode,
					options: modes(),
					onChange: setter( setAttributes, 'mode' ),
				} ),
				el( components.TextControl, {
					label: __( 'Accent colour', 'rolefit' ),
					help: __( 'A colour such as #0a7d5a. Empty: RoleFit’s own.', 'rolefit' ),
					value: attributes.accent,
					onChange: setter( setAttributes, 'accent' ),
				} ),
				el( components.TextControl, {
					label: __( 'Question bank', 'rolefit' ),
					help: __( 'The address of your own question file on this site. Empty: RoleFit’s questions.', 'rolefit' ),
					value: attributes.bank,
					onChange: setter( setAttributes, 'bank' ),
				} ),
				el( components.ToggleControl, {
					label: __( 'Include the answers in the completion event', 'rolefit' ),
					help: __( 'For pages that record the result themselves.', 'rolefit' ),
					checked: !! attributes.includeAnswers,
					onChange: setter( setAttributes, 'includeAnswers' ),
				} )
			)
		);
	};

	var summary = function ( attributes ) {
		return [
			__( 'Language', 'rolefit' ) + ': ' + labelOf( languages(), attributes.lang ),
			__( 'Theme', 'rolefit' ) + ': ' + labelOf( themes(), attributes.theme ),
			__( 'Mode', 'rolefit' ) + ': ' + labelOf( modes(), attributes.mode ),
		].join( ' · ' );
	};

	blocks.registerBlockType( 'rolefit/quiz', {
		edit: function ( props ) {
			return el(
				'div',
				blockEditor.useBlockProps(),
				settingsPanel( props.attributes, props.setAttributes ),
				el(
					components.Placeholder,
					{
						icon: 'clipboard',
						label: __( 'RoleFit quiz', 'rolefit' ),
						instructions: __( 'The quiz appears here on the published page. Its settings are in the sidebar.', 'rolefit' ),
					},
					el( 'p', null, summary( props.attributes ) )
				)
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
