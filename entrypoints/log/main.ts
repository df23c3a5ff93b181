import '../../utils/schema/zod-no-eval';
import { mountLogPage } from '../../components/log-page/app';
import '../../components/design/tokens.css';
import './style.css';

// The inquiry log as a triage desk; everything lives in components/log-*.
void mountLogPage(document.querySelector<HTMLElement>('#app')!);
