import { render } from 'preact';
import { i18n } from '#i18n';

render(<p>{i18n.t('extName')}</p>, document.getElementById('app')!);
